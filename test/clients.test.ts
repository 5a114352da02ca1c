// The client setups the README documents, each run against the real service over HTTP.
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { cacheExchange, Client, fetchExchange } from "@urql/core";
import { GraphQLClient } from "graphql-request";
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "./support/api.js";
import { useHttpService } from "./support/http.js";

useSeededGraph();
const api = useHttpService();

const FOSEN = `
  query Fosen {
    networks(where: { id: { eq: "fosen" } }) {
      name
      supporters(sort: [{ name: ASC }]) { name }
    }
  }
`;
// Vedlegg 5, row Fosen: five people in the DMMH column, two in NTNU/SEPU's marked (SEPU); none in Nord's.
const FOSEN_ANSWER = {
  networks: [
    {
      name: "Fosen",
      supporters: [
        { name: "Ann Gustavsen" },
        { name: "Anne-Lise Holmvik" },
        { name: "Elisabeth Lehn" },
        { name: "Ingunn Elder" },
        { name: "Mari Westerhus" },
        { name: "Marianne Rien" },
        { name: "Mette Marit Jensen" },
      ],
    },
  ],
};
// The answers carry __typename where the client asks for it; compare the data alone.
const withoutTypename = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "__typename" ? undefined : v)));

describe("the README's client setups", () => {
  it("plain fetch: POST with a JSON body", async () => {
    const response = await fetch(api.url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: FOSEN }),
    });
    expect(await response.json()).toEqual({ data: FOSEN_ANSWER });
  });

  it("graphql-request", async () => {
    const client = new GraphQLClient(api.url());
    expect(await client.request(FOSEN)).toEqual(FOSEN_ANSWER);
  });

  it("Apollo Client", async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: api.url() }), cache: new InMemoryCache() });
    const { data } = await client.query({ query: gql(FOSEN) });
    expect(withoutTypename(data)).toEqual(FOSEN_ANSWER);
  });

  it("urql, with POST for queries", async () => {
    const client = new Client({ url: api.url(), exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });
    const { data, error } = await client.query(FOSEN, {}).toPromise();
    expect(error).toBeUndefined();
    expect(withoutTypename(data)).toEqual(FOSEN_ANSWER);
  });

  it("urql with its defaults sends GET, which the CSRF prevention refuses: the reason for the setting above", async () => {
    const client = new Client({ url: api.url(), exchanges: [cacheExchange, fetchExchange] });
    const { error } = await client.query(FOSEN, {}).toPromise();
    expect(error?.response?.status).toBe(400);
  });
});
