import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/index.js";
import { createDriver } from "../src/db/driver.js";
import { type LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from "../src/db/local-neo4j/server.js";
import { lifecycleNeo4jBoltPort } from "./support/environment.js";
import { startProgram } from "../src/process/program.js";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-lifecycle-"));
// A server of its own (port, data), apart from the suite's shared test Neo4j.
const environment = {
  PORT: "0",
  LOCAL_NEO4J_BOLT_PORT: lifecycleNeo4jBoltPort,
  LOCAL_NEO4J_DATA_DIR: dataDir,
  LOCAL_NEO4J_HEAP: "512m",
  LOCAL_NEO4J_PAGECACHE: "128m",
};
const config = loadConfig(environment).localNeo4j;
const log = () => undefined;

async function schemeCount(server: LocalNeo4j): Promise<number> {
  const driver = createDriver(server.target);
  try {
    const { records } = await driver.executeQuery("MATCH (s:Scheme) RETURN count(s) AS n");
    return Number(records[0]?.get("n"));
  } finally {
    await driver.close();
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

describe("the local Neo4j that npm start runs", () => {
  afterAll(async () => {
    await stopLocalNeo4j(config, log);
    await rm(dataDir, { recursive: true, force: true });
  });

  it("starts Neo4j, serves the seeded graph, and on Ctrl-C shuts down leaving no Neo4j behind", async () => {
    const main = startProgram(environment);
    const line = await main.waitFor(/serving GraphQL at/, 240_000);
    const url = line.slice(line.indexOf("http://"));
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename schemesConnection { totalCount } }" }),
    });
    expect(await response.json()).toEqual({ data: { __typename: "Query", schemesConnection: { totalCount: 3 } } });

    const pid = Number(await readFile(path.join(dataDir, "run", "neo4j.pid"), "utf8"));
    expect(isAlive(pid)).toBe(true);
    main.child.kill("SIGINT");
    const { code } = await main.exited;
    expect(main.output()).toContain("SIGINT received: shutting down");
    expect(code).toBe(0);
    expect(isAlive(pid)).toBe(false);
  }, 300_000);

  it("starts again on its data, recovers from a crash without a stale lock, and reuses a running server", async () => {
    const first = await startLocalNeo4j(config, log);
    expect(first.startedHere).toBe(true);
    expect(await schemeCount(first)).toBe(3);

    process.kill(first.pid ?? 0, "SIGKILL");
    await waitUntilGone(first.pid ?? 0);

    const second = await startLocalNeo4j(config, log);
    expect(second.startedHere).toBe(true);
    expect(second.pid).not.toBe(first.pid);
    expect(await schemeCount(second)).toBe(3);

    const reused = await startLocalNeo4j(config, log);
    expect(reused.startedHere).toBe(false);
    expect(reused.pid).toBe(second.pid);
    await reused.stop();
    expect(isAlive(second.pid ?? 0)).toBe(true);

    await second.stop();
    expect(isAlive(second.pid ?? 0)).toBe(false);
  }, 300_000);
});
