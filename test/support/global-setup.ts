import { mkdirSync, rmSync } from "node:fs";
import lockfile from "proper-lockfile";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/index.js";
import type { DatabaseTarget } from "../../src/db/driver.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/db/local-neo4j/server.js";
import { seededMarker, testNeo4jEnvironment } from "./environment.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: DatabaseTarget;
  }
}

const log = (line: string) => console.log(`[test neo4j] ${line}`);

interface SharedNeo4j {
  users: number;
  started: Promise<{ target: DatabaseTarget; release: () => Promise<void> }>;
}

// The integration and browser levels each run this setup; within one vitest run they share
// one Neo4j (the process's global object is the same for both, though vitest may load this
// module once per level), started by the first and stopped after the last.
const shared = globalThis as { kompetansegrafTestNeo4j?: SharedNeo4j };

async function start(): Promise<{ target: DatabaseTarget; release: () => Promise<void> }> {
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
    // Whatever the last run left, this run loads the seed graph afresh once (seedGraph).
    rmSync(seededMarker, { force: true });
    return {
      target: server.target,
      release: async () => {
        try {
          await stopLocalNeo4j(localNeo4j, log);
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * Starts (or reuses) the test Neo4j once for all files, and always stops it afterwards.
 * Two runs in one checkout would share it and stop it under each other: the second
 * waits for the first (TEST_NEO4J_BOLT_PORT and TEST_NEO4J_DATA_DIR run them side by side).
 */
export default async function setup(project: TestProject) {
  const neo4j = (shared.kompetansegrafTestNeo4j ??= { users: 0, started: start() });
  neo4j.users++;
  try {
    project.provide("neo4j", (await neo4j.started).target);
  } catch (error) {
    neo4j.users--;
    if (neo4j.users === 0) delete shared.kompetansegrafTestNeo4j;
    throw error;
  }
  return async () => {
    neo4j.users--;
    if (neo4j.users > 0) return;
    delete shared.kompetansegrafTestNeo4j;
    await (await neo4j.started).release();
  };
}
