// Hostile and broken requests: each gets a clear 4xx or GraphQL error, the process stays
// up, and the graph is unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { countGraph } from "../support/database.js";
import { useHttpService } from "../support/http.js";

const graph = useSeededGraph();
const api = useHttpService();

const nestedWhere = (depth: number): string =>
  depth === 0 ? '{ id: { eq: "x" } }' : `{ AND: [${nestedWhere(depth - 1)}] }`;
const nestedJson = (depth: number): string =>
  depth === 0 ? '{ "id": { "eq": "x" } }' : `{ "AND": [${nestedJson(depth - 1)}] }`;
const partners = (network: string) => ({
  query: "query ($network: ID!) { networkPartners(network: $network) { network { id } } }",
  variables: { network },
});

interface Case {
  name: string;
  body: string | object;
  headers?: Record<string, string>;
  status: number;
  code: string;
}

const cases: Case[] = [
  { name: "malformed JSON", body: '{"query": "{ schemes { id } ', status: 400, code: "BAD_REQUEST" },
  { name: "JSON that is not an operation", body: "[1, 2, 3]", status: 400, code: "BAD_REQUEST" },
  { name: "no query at all", body: { variables: {} }, status: 400, code: "BAD_REQUEST" },
  { name: "a syntax error", body: { query: "{ schemes { id " }, status: 400, code: "GRAPHQL_PARSE_FAILED" },
  {
    name: "an unknown field",
    body: { query: "{ schemes { password } }" },
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "a variable of the wrong type",
    body: { query: "query ($limit: Int!) { personLoad(limit: $limit) { networks } }", variables: { limit: "ten" } },
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a date that is not a date",
    body: { query: '{ meetingsBetween(from: "2024-13-45", to: "2025-01-01") { id } }' },
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  { name: "a huge string", body: partners("x".repeat(200_000)), status: 413, code: "PAYLOAD_TOO_LARGE" },
  {
    name: "deeply nested input objects",
    body: { query: `{ schemes(where: ${nestedWhere(300)}) { id } }` },
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "deeply nested input in variables",
    body: {
      query: "query ($where: SchemeWhere) { schemes(where: $where) { id } }",
      variables: { where: JSON.parse(nestedJson(300)) },
    },
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a document nested 20 000 levels deep",
    body: { query: `{ schemes(where: { id: { in: ${"[".repeat(20_000)}${"]".repeat(20_000)} } }) { id } }` },
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
  },
  {
    name: "an id with emoji and right-to-left text",
    body: partners("fosen 🦊 \u202Eevil"),
    status: 200,
    code: "NOT_FOUND",
  },
  { name: "an id with a NUL character", body: partners("fosen\u0000"), status: 200, code: "NOT_FOUND" },
  {
    name: "an id with a lone surrogate",
    body: '{"query":"query ($n: ID!) { networkPartners(network: $n) { network { id } } }","variables":{"n":"\\ud800"}}',
    status: 200,
    code: "NOT_FOUND",
  },
  {
    name: "a Cypher injection in an id",
    body: partners("fosen'}) MATCH (n) DETACH DELETE n //"),
    status: 200,
    code: "NOT_FOUND",
  },
  {
    name: "a Cypher injection in a filter",
    body: partners('" OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //'),
    status: 200,
    code: "NOT_FOUND",
  },
  {
    name: "an injection in a generated filter (treated as data: no match)",
    body: { query: `{ people(where: { name: { eq: "x' OR '1'='1" } }) { id } }` },
    status: 200,
    code: "",
  },
  {
    name: "a mutation without a token",
    body: { query: 'mutation { deleteNetworks(where: { id: { eq: "fosen" } }) { nodesDeleted } }' },
    status: 200,
    code: "UNAUTHENTICATED",
  },
  {
    name: "a wrong content type",
    body: "{ schemes { id } }",
    headers: { "content-type": "text/plain" },
    status: 400,
    code: "",
  },
];

describe("hostile and broken requests", () => {
  let before: Awaited<ReturnType<typeof countGraph>>;
  beforeAll(async () => {
    before = await countGraph(graph.driver);
  });
  afterAll(async () => {
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it.each(cases)(
    "$name: $status $code, the service stays up and the graph unchanged",
    async ({ body, headers, status, code }) => {
      const response = await fetch(api.url(), {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      expect(response.status).toBe(status);
      const text = await response.text();
      if (code) expect(JSON.parse(text).errors?.[0]?.extensions?.code).toBe(code);
      else if (status === 200) expect(JSON.parse(text)).toEqual({ data: { people: [] } });
      expect((await fetch(new URL("/healthz", api.url()))).status).toBe(200);
      expect(await countGraph(graph.driver)).toEqual(before);
    },
  );
});
