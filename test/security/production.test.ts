import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { useHttpService } from "../support/http.js";

useSeededGraph();
const production = useHttpService({ NODE_ENV: "production" });
const development = useHttpService({});
const introspectable = useHttpService({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" });

const UNKNOWN_NETWORK = { query: '{ networkPartners(network: "atlantis") { network { id } } }' };
const INTROSPECTION = { query: "{ __schema { queryType { name } } }" };

describe("in production", () => {
  it("sends no stack traces", async () => {
    const error = (await production.post(UNKNOWN_NETWORK)).body.errors?.[0];
    expect(error?.extensions).toEqual({ code: "NOT_FOUND", argument: "network" });
    const developer = (await development.post(UNKNOWN_NETWORK)).body.errors?.[0];
    expect(developer?.extensions).toHaveProperty("stacktrace");
  });

  it("turns introspection and the landing page off unless configured on", async () => {
    expect((await production.post(INTROSPECTION)).body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await introspectable.post(INTROSPECTION)).body).toEqual({
      data: { __schema: { queryType: { name: "Query" } } },
    });
    const page = await fetch(production.url(), { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type")).not.toMatch(/text\/html/);
    const developerPage = await fetch(development.url(), { headers: { accept: "text/html" } });
    expect(developerPage.headers.get("content-type")).toMatch(/text\/html/);
  });

  it("keeps Apollo's CSRF prevention on: a simple GET request is refused", async () => {
    const response = await fetch(`${production.url()}?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});
