import { mkdirSync } from "node:fs";
import lockfile from "proper-lockfile";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/index.js";
import type { DatabaseTarget } from "../../src/db/driver.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/db/local-neo4j/server.js";
import { testNeo4jEnvironment } from "./environment.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: DatabaseTarget;
  }
}

const log = (line: string) => console.log(`[test neo4j] ${line}`);

/**
 * Starts (or reuses) the test Neo4j once for all files, and always stops it afterwards.
 * Two runs in one checkout would share it and stop it under each other: the second
 * waits for the first (TEST_NEO4J_BOLT_PORT and TEST_NEO4J_DATA_DIR run them side by side).
 */
export default async function setup(project: TestProject) {
  const { localNeo4j } = loadConfig(testNeo4jEnvironment);
  mkdirSync(localNeo4j.dataDir, { recursive: true });
  const release = await lockfile.lock(localNeo4j.dataDir, {
    lockfilePath: `${localNeo4j.dataDir}.lock`,
    stale: 30_000,
    retries: { retries: 1800, minTimeout: 1_000, maxTimeout: 1_000 },
    onCompromised: (error) => log(`lost the lock on the test Neo4j: ${error.message}`),
  });
  try {
    const server = await startLocalNeo4j(localNeo4j, log);
    project.provide("neo4j", server.target);
  } catch (error) {
    await release();
    throw error;
  }
  return async () => {
    try {
      await stopLocalNeo4j(localNeo4j, log);
    } finally {
      await release();
    }
  };
}
