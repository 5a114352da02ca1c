import type { Driver } from "neo4j-driver";
import type { Config } from "../config/index.js";
import { connectWhenReady, createDriver, type DatabaseTarget } from "./driver.js";
import { startLocalNeo4j } from "./local-neo4j/server.js";

export interface Database {
  driver: Driver;
  target: DatabaseTarget;
  /** The local Neo4j's process id, when it is local and its pid file names it (the load test reads its CPU time). */
  pid?: number;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when it is set; otherwise starts (or reuses) the local Neo4j.
 * Either way it resolves only once the database answers.
 */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const { uri, username, password, database, connectTimeoutMs } = config.neo4j;
  if (uri) {
    const target = { uri, username, password, database };
    const driver = await connectWhenReady(
      target,
      connectTimeoutMs,
      "Check that Neo4j runs and that NEO4J_URI is right, or unset NEO4J_URI to start a local Neo4j.",
    );
    return { driver, target, close: () => driver.close() };
  }

  const local = await startLocalNeo4j(config.localNeo4j, log);
  const driver = createDriver(local.target);
  return {
    driver,
    target: local.target,
    ...(local.pid === undefined ? {} : { pid: local.pid }),
    close: async () => {
      await driver.close();
      await local.stop();
    },
  };
}
