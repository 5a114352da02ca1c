// Faults: Neo4j going away under a running service, and a seed load killed midway.
import { mkdtemp, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadConfig } from "../../src/config/index.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/db/local-neo4j/server.js";
import { seedDir } from "../../src/seed/index.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, testTarget } from "../support/database.js";
import { testNeo4jEnvironment } from "../support/environment.js";
import { useHttpService } from "../support/http.js";
import { startProgram } from "../support/process.js";

const graph = useSeededGraph();
const api = useHttpService();
const { localNeo4j } = loadConfig(testNeo4jEnvironment);
const QUERY = { query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' };
const ANALYSIS = { query: '{ networkPartners(network: "fosen") { network { name } } }' };
const log = () => undefined;

const readiness = async () => (await fetch(new URL("/readyz", api.url()))).status;

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
    const load = startProgram({ NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password }, ["src/seed/cli.ts", "--reset", "--dir", dir]);
    await load.waitFor(/writing them in one transaction/, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    load.child.kill("SIGKILL");
    const { signal } = await load.exited;
    expect(signal).toBe("SIGKILL");
    expect(load.output()).not.toContain("Seeded");

    expect(await countGraph(graph.driver)).toEqual(before);
  }, 180_000);
});
