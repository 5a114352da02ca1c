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

/** Starts (or reuses) the test Neo4j once for all files, and always stops it afterwards. */
export default async function setup(project: TestProject) {
  const { localNeo4j } = loadConfig(testNeo4jEnvironment);
  const server = await startLocalNeo4j(localNeo4j, log);
  project.provide("neo4j", server.target);
  return async () => {
    await stopLocalNeo4j(localNeo4j, log);
  };
}
