import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { countGraph, testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";

const graph = useSeededGraph();
const api = useHttpService({
  LIMIT_DEPTH: "6",
  LIMIT_COST: "2000",
  LIMIT_ALIASES: "3",
  LIMIT_ROOT_FIELDS: "2",
  LIMIT_BATCH: "2",
  LIMIT_BODY_BYTES: "4096",
  LIMIT_PAGE_SIZE: "5",
  DB_TRANSACTION_TIMEOUT_MS: "300",
});

// Apart from the service above, whose 300 ms transaction timeout a filter's first plan may exceed.
const filtering = useHttpService({ LIMIT_FILTER_DEPTH: "2", LIMIT_FILTERS: "3" });

const firstError = async (body: unknown, service = api) => {
  const response = await service.post(body);
  return {
    status: response.status,
    code: response.body.errors?.[0]?.extensions?.code,
    message: response.body.errors?.[0]?.message ?? "",
  };
};

describe("limits on what one request may ask", () => {
  it("refuses a query nested deeper than LIMIT_DEPTH", async () => {
    const error = await firstError({
      query: "{ networks { supporters { affiliation { people { supports { members { name } } } } } } }",
    });
    expect(error.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(/depth limit of 6/i);
    expect(
      (await api.post({ query: "{ networks { supporters { affiliation { name } } } }" })).body.errors,
    ).toBeUndefined();
  });

  it("refuses more aliases than LIMIT_ALIASES", async () => {
    const error = await firstError({
      query: "{ a: schemes { id } b: schemes { id } c: schemes { id } d: schemes { id } }",
    });
    expect(error.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(/aliases/i);
  });

  it("refuses more root fields than LIMIT_ROOT_FIELDS", async () => {
    const error = await firstError({ query: "{ schemes { id } networks { id } people { id } }" });
    expect(error.message).toBe("The operation asks for 3 root fields; at most 2 are allowed in one operation");
  });

  it("refuses a query whose estimated cost is above LIMIT_COST", async () => {
    // Each list counts as its page, here at most LIMIT_PAGE_SIZE (5), and nested lists
    // multiply: 5 × (1 + 5 × (1 + 5 × (1 + 5 × (1 + 5)))) objects at most.
    const nested = "{ networks { supporters { supports { supporters { supports { id } } } } } }";
    const error = await firstError({ query: nested });
    expect(error.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error.message).toMatch(/^The operation's estimated cost is 3,905, above the limit of 2,000: /);
    // The same with the pages in a variable, asked larger than the page size: counted as 5 each.
    const variable = await firstError({
      query:
        "query ($n: Int) { networks(limit: $n) { supporters(limit: $n) { supports(limit: $n) { supporters(limit: $n) { supports(limit: $n) { id } } } } } }",
      variables: { n: 200 },
    });
    expect(variable.message).toMatch(/^The operation's estimated cost is 3,905, above the limit of 2,000: /);
    // first: 200 is counted as the page it gets (5): 1 + 5 × (1 + 1) objects.
    const page = await api.post({ query: "{ peopleConnection(first: 200) { totalCount edges { node { id } } } }" });
    expect(page.body.errors).toBeUndefined();
  });

  it("refuses relationship filters nested deeper than LIMIT_FILTER_DEPTH, or more of them than LIMIT_FILTERS", async () => {
    const deep = await firstError(
      {
        query:
          '{ meetings(where: { initiatives: { some: { network: { members: { some: { name: { eq: "Frøya" } } } } } } }) { id } }',
      },
      filtering,
    );
    expect(deep).toMatchObject({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(deep.message).toMatch(
      /^Query\.meetings\(where\) nests relationship filters more than 2 deep \(initiatives › network › members …\); at most 2 may nest/,
    );
    const many = await firstError(
      {
        query:
          '{ networks(where: { OR: [{ members: { some: { name: { eq: "Frøya" } } } }, { supporters: { some: { name: { eq: "x" } } } }] }) { id } schemes(where: { initiatives: { some: { network: { id: { eq: "fosen" } } } } }) { id } }',
      },
      filtering,
    );
    expect(many.message).toMatch(/^The operation has 4 relationship filters; at most 3 are allowed in one operation/);
    // At both limits: two deep, three in all.
    const fits = await filtering.post({
      query:
        '{ networks(where: { members: { some: { name: { eq: "Frøya" } } } }) { id } schemes(where: { initiatives: { some: { network: { id: { eq: "trondelag-sorvest" } } } } }, sort: [{ id: ASC }]) { id } }',
    });
    // Trøndelag sørvest's plans: PP and SFO under Kompetanseløftet, Rekom DMMH under Rekom (seeds/plans/tsv-*).
    expect(fits.body).toEqual({
      data: { networks: [{ id: "trondelag-sorvest" }], schemes: [{ id: "kompetanseloftet" }, { id: "rekom" }] },
    });
  });

  it("runs a batch of up to LIMIT_BATCH operations and refuses a larger one", async () => {
    const one = { query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' };
    const two = await fetch(api.url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([one, one]),
    });
    expect([two.status, await two.json()]).toEqual([
      200,
      [{ data: { schemes: [{ name: "Rekom" }] } }, { data: { schemes: [{ name: "Rekom" }] } }],
    ]);
    const three = await fetch(api.url(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([one, one, one]),
    });
    expect(three.status).toBe(400);
    expect(((await three.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      "The request batches 3 operations; at most 2 are allowed",
    );
  });

  it("refuses a body larger than LIMIT_BODY_BYTES with 413", async () => {
    const error = await firstError({ query: `{ schemes(where: { name: { eq: "${"x".repeat(5000)}" } }) { id } }` });
    expect(error).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: "The request body is larger than 4096 bytes",
    });
  });

  it("returns at most LIMIT_PAGE_SIZE items of a list or connection page", async () => {
    const list = await api.post({ query: "{ people { id } }" });
    expect(list.body.data.people).toHaveLength(5);
    const page = await api.post({ query: "{ peopleConnection(first: 100) { totalCount edges { node { id } } } }" });
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data.peopleConnection.edges).toHaveLength(5);
    expect(page.body.data.peopleConnection.totalCount).toBe(35);
  });

  it("cuts off a database transaction after DB_TRANSACTION_TIMEOUT_MS", async () => {
    const { database } = testTarget();
    // 60 000 meetings in one forum: a filter two relationships deep checks 60 000 × 60 000
    // pairs, whatever the page; the cost estimate counts objects returned, the timeout bounds the rest.
    await graph.driver.executeQuery(
      `CREATE (f:Forum {id: 'load-forum', name: 'x', aliases: [], who: 'x', purpose: [], sources: []})
       WITH f UNWIND range(1, 60000) AS n
       CREATE (:Meeting {id: 'load-' + n, title: 'x', text: 'x', date: date('2030-01-01'), agenda: [], sources: []})-[:IN_FORUM]->(f)`,
      {},
      { database },
    );
    try {
      const error = await firstError({
        query: '{ meetings(where: { forums: { some: { meetings: { some: { title: { eq: "none" } } } } } }) { id } }',
      });
      expect(error).toMatchObject({ code: "TIMEOUT", message: "The query took longer than the database allows" });
    } finally {
      await graph.driver.executeQuery(
        "MATCH (n) WHERE (n:Meeting OR n:Forum) AND n.id STARTS WITH 'load-' DETACH DELETE n",
        {},
        { database },
      );
    }
    expect((await countGraph(graph.driver)).nodes).toBeGreaterThan(0);
  });
});
