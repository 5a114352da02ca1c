import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../src/config/index.js";
import { type RunningService, startService } from "../src/service.js";
import { countGraph, emptyGraph, testDriver, testTarget } from "./support/database.js";

function serviceConfig(port = 0) {
  const target = testTarget();
  return loadConfig({ PORT: String(port), NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password });
}

interface GraphqlResponse {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shapes vary per query; each test states its own
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, body: unknown): Promise<{ status: number; body: GraphqlResponse }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphqlResponse };
}

describe("the service over an empty database", () => {
  let driver: Driver;
  let service: RunningService;
  const lines: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    await emptyGraph(driver);
    service = await startService(serviceConfig(), (line) => lines.push(line));
  });
  afterAll(async () => {
    await service?.close();
    await driver?.close();
  });

  it("answers GraphQL at /graphql", async () => {
    expect(service.url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    expect(await post(service.url, { query: "{ __typename }" })).toEqual({
      status: 200,
      body: { data: { __typename: "Query" } },
    });
  });

  it("seeds the empty graph: the three grant schemes of the documents", async () => {
    expect(lines).toContain("The graph is empty: loading the seed data");
    const { body } = await post(service.url, { query: "{ schemes(sort: [{ name: ASC }]) { id name } }" });
    expect(body.data.schemes).toEqual([
      { id: "dekom", name: "Dekom" },
      { id: "kompetanseloftet", name: "Kompetanseløftet" },
      { id: "rekom", name: "Rekom" },
    ]);
  });

  it("creates a uniqueness constraint on the id of every node type", async () => {
    const { records } = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label ORDER BY label",
      {},
      { database: testTarget().database },
    );
    expect(records.map((r) => r.get("label"))).toEqual([
      "Allocation",
      "County",
      "DataQualityNote",
      "Deadline",
      "Forum",
      "ForumActivity",
      "Initiative",
      "Institution",
      "Meeting",
      "Municipality",
      "Network",
      "Person",
      "Scheme",
      "Track",
      "TrackGathering",
      "TrackPhase",
      "WorkingGroup",
    ]);
  });

  it("creates the range indexes that date ranges of meetings seek on", async () => {
    const { records } = await driver.executeQuery(
      "SHOW INDEXES YIELD type, labelsOrTypes, properties, state WHERE type = 'RANGE' AND labelsOrTypes = ['Meeting'] RETURN properties[0] AS property, state ORDER BY property",
      {},
      { database: testTarget().database },
    );
    expect(records.map((r) => [r.get("property"), r.get("state")])).toEqual([
      ["date", "ONLINE"],
      ["endDate", "ONLINE"],
      ["id", "ONLINE"],
    ]);
  });

  it("reports liveness and readiness", async () => {
    const origin = new URL(service.url).origin;
    const health = await fetch(`${origin}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    const ready = await fetch(`${origin}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
  });

  it("refuses an anonymous mutation with UNAUTHENTICATED, and writes nothing", async () => {
    const before = await countGraph(driver);
    const { body } = await post(service.url, {
      query: 'mutation { createSchemes(input: [{ id: "x", name: "X", sources: [] }]) { info { nodesCreated } } }',
    });
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await countGraph(driver)).toEqual(before);
  });

  it("fails at once with a clear message when its port is taken", async () => {
    const port = Number(new URL(service.url).port);
    await expect(startService(serviceConfig(port), () => undefined)).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is already in use: set PORT to a free port, or stop the program that uses it`,
    );
  });
});

describe("the service over a graph that has data", () => {
  it("starts again without seeding and without touching the data", async () => {
    const driver = testDriver();
    try {
      await emptyGraph(driver);
      await driver.executeQuery(
        "CREATE (:Scheme {id: 'only-this', name: 'Only this'})",
        {},
        { database: testTarget().database },
      );
      const before = await countGraph(driver);
      const lines: string[] = [];
      const service = await startService(serviceConfig(), (line) => lines.push(line));
      await service.close();
      expect(lines).not.toContain("The graph is empty: loading the seed data");
      expect(await countGraph(driver)).toEqual(before);
    } finally {
      await driver.close();
    }
  });
});
