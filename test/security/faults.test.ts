// Faults: Neo4j going away or hanging under a running service, and a seed load killed midway.
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { CACHE_FRESHNESS_MS } from "../../src/cache/version-watch.js";
import { loadConfig } from "../../src/config/index.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/db/local-neo4j/server.js";
import { seedDir } from "../../src/seed/index.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, testTarget } from "../support/database.js";
import { whileNeo4jFrozen } from "../support/frozen.js";
import { testNeo4jEnvironment } from "../support/environment.js";
import { useHttpService } from "../support/http.js";
import { startProgram } from "../../src/process/program.js";
import { TEST_JWT_SECRET, bearer } from "../support/tokens.js";

const graph = useSeededGraph();
const api = useHttpService();
// A short transaction timeout, so that the deadline (timeout + 3 s) comes soon.
const hurried = useHttpService({ DB_TRANSACTION_TIMEOUT_MS: "2000", JWT_SECRET: TEST_JWT_SECRET });
const DEADLINE_MS = 5_000;
const { localNeo4j } = loadConfig(testNeo4jEnvironment);
const QUERY = { query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' };
const ANALYSIS = { query: '{ networkPartners(network: "fosen") { network { name } } }' };
// Deletes nothing, as there is no such scheme; still a change that waits for the database.
const DELETE = { query: 'mutation { deleteSchemes(where: { id: { eq: "no-such-scheme" } }) { nodesDeleted } }' };
const editor = () => bearer();
const log = () => undefined;

const readiness = async (service = api) => (await fetch(new URL("/readyz", service.url()))).status;

async function calendar(service: typeof api, id: string) {
  const response = await fetch(new URL(`/calendar/${id}.ics`, service.url()));
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

/** Asks until the service answers these operations again; bounded. Returns the first operation's last answer. */
async function recovered(service: typeof api, operations = [QUERY]) {
  const ask = () => Promise.all(operations.map((operation) => service.post(operation)));
  let answers = await ask();
  for (let i = 0; i < 40 && answers.some((answer) => answer.body.errors); i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    answers = await ask();
  }
  return answers[0] ?? (await service.post(QUERY));
}

describe("when Neo4j stops while the service runs", () => {
  it("answers SERVICE_UNAVAILABLE without hanging, turns unready, and recovers when Neo4j is back", async () => {
    expect(await readiness()).toBe(200);
    await stopLocalNeo4j(localNeo4j, log);
    try {
      for (const operation of [QUERY, ANALYSIS]) {
        const started = Date.now();
        const { body } = await api.post(operation);
        expect(body.errors?.[0]).toMatchObject({
          message: "The database is not available; try again shortly",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        });
        expect(Date.now() - started).toBeLessThan(20_000);
      }
      // The calendar feed too: 503 in plain text, never Express's HTML page with a stack trace.
      expect(await calendar(api, "fosen")).toEqual({
        status: 503,
        type: "text/plain; charset=utf-8",
        text: "The database is not available; try again shortly\n",
      });
      expect(await readiness()).toBe(503);
      expect((await fetch(new URL("/healthz", api.url()))).status).toBe(200);
    } finally {
      await startLocalNeo4j(localNeo4j, log);
    }
    // The driver reconnects by itself; no restart of the service.
    let answer = await api.post(QUERY);
    for (let i = 0; i < 20 && answer.body.errors; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await api.post(QUERY);
    }
    expect(answer.body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
    expect(await readiness()).toBe(200);
  }, 180_000);
});

describe("when Neo4j hangs while the service runs", () => {
  it("answers every request 503 at its deadline, stays ready to say so, and recovers when Neo4j thaws", async () => {
    // Each statement answered once before the freeze (the Neo4j of the test before may still be
    // warming up), so that planning it after the thaw does not eat the 2 s.
    expect((await recovered(hurried, [QUERY, ANALYSIS])).body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
    let feed = await calendar(hurried, "fosen");
    for (let i = 0; i < 20 && feed.status !== 200; i++) feed = await calendar(hurried, "fosen");
    expect(feed.status).toBe(200);
    const timed = async <T>(request: () => Promise<T>) => {
      const started = Date.now();
      const answer = await request();
      return { answer, ms: Date.now() - started };
    };
    await whileNeo4jFrozen(async () => {
      // The response cache serves what it holds only while the graph's version was confirmed
      // less than CACHE_FRESHNESS_MS ago (docs/cache.md); from then on every request waits for Neo4j.
      await new Promise((resolve) => setTimeout(resolve, CACHE_FRESHNESS_MS + 200));
      // All at once, as clients would: a generated query, an analysis, an editor's mutation,
      // a calendar feed, the readiness probe.
      const headers = await editor();
      const [query, analysis, mutation, feed, ready] = await Promise.all([
        timed(() => hurried.post(QUERY)),
        timed(() => hurried.post(ANALYSIS)),
        timed(() => hurried.post(DELETE, headers)),
        timed(() => calendar(hurried, "fosen")),
        timed(() => readiness(hurried)),
      ]);
      const late = `The service could not answer within ${DEADLINE_MS / 1000} s: the database is not answering`;
      const message = `${late}; try again shortly`;
      for (const [{ answer, ms }, said] of [
        [query, message],
        [analysis, message],
        [mutation, `${late}; the change may or may not be made when it answers again: read before you try again`],
      ] as const) {
        expect(answer).toEqual({
          status: 503,
          body: { errors: [{ message: said, extensions: { code: "SERVICE_UNAVAILABLE" } }] },
        });
        expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
        expect(ms).toBeLessThan(DEADLINE_MS + 5_000);
      }
      expect(feed.answer).toEqual({ status: 503, type: "text/plain; charset=utf-8", text: `${message}\n` });
      expect(feed.ms).toBeLessThan(DEADLINE_MS + 5_000);
      // /readyz has its own bound (2 s).
      expect(ready.answer).toBe(503);
      expect(ready.ms).toBeLessThan(2_000 + 2_000);
      expect((await fetch(new URL("/healthz", hurried.url()))).status).toBe(200);
    });
    // The abandoned handlers finish once Neo4j answers again; what they write then is dropped,
    // so the next answers on the same keep-alive connections are whole and right.
    expect((await recovered(hurried, [QUERY, ANALYSIS])).body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (let i = 0; i < 5; i++) {
      expect((await hurried.post(QUERY)).body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
      expect((await hurried.post(ANALYSIS)).body).toEqual({
        data: { networkPartners: { network: { name: "Fosen" } } },
      });
    }
    expect((await calendar(hurried, "fosen")).status).toBe(200);
    expect(await readiness(hurried)).toBe(200);
    expect((await hurried.post(DELETE, await editor())).body).toEqual({ data: { deleteSchemes: { nodesDeleted: 0 } } });
  }, 120_000);
});

describe("a seed load killed midway", () => {
  it("leaves the previous graph as it was", async () => {
    // The real seeds plus 40 000 extra meetings, so that the write lasts long enough to be killed.
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-kill-")), "seeds");
    await cp(seedDir, dir, { recursive: true });
    const meetings = Array.from({ length: 40_000 }, (_, n) => ({
      id: `extra-meeting-${n}`,
      title: "Extra",
      date: "2030-01-01",
      forums: ["tsv-pp-2024-25-regional-arbeidsgruppe"],
      initiatives: ["tsv-pp-2024-25"],
      text: "Extra",
      source: { document: "000_3a8ae5ecd7901ed4.txt", location: "generated for a test" },
    }));
    await writeFile(path.join(dir, "extra.yaml"), YAML.stringify({ meetings }));
    const before = await countGraph(graph.driver);

    const target = testTarget();
    const load = startProgram({ NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password }, [
      "src/seed/cli.ts",
      "--reset",
      "--dir",
      dir,
    ]);
    await load.waitFor(/writing them in one transaction/, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    load.child.kill("SIGKILL");
    const { signal } = await load.exited;
    expect(signal).toBe("SIGKILL");
    expect(load.output()).not.toContain("Seeded");

    expect(await countGraph(graph.driver)).toEqual(before);
  }, 180_000);
});
