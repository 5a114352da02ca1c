import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { testNeo4jEnvironment } from "./environment.js";

/**
 * Runs `work` while the test Neo4j is frozen (SIGSTOP): its connections stay open and
 * nothing answers, as when a server hangs. It is always thawed again (SIGCONT), even
 * when the test fails or its process ends.
 */
export async function whileNeo4jFrozen<T>(work: () => Promise<T>): Promise<T> {
  const { localNeo4j } = loadConfig(testNeo4jEnvironment);
  const pid = Number.parseInt(await readFile(path.join(localNeo4j.dataDir, "run", "neo4j.pid"), "utf8"), 10);
  expect(pid).toBeGreaterThan(1);
  const thaw = () => process.kill(pid, "SIGCONT");
  process.once("exit", thaw);
  process.kill(pid, "SIGSTOP");
  try {
    return await work();
  } finally {
    thaw();
    process.off("exit", thaw);
  }
}
