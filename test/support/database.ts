import { existsSync, readFileSync, writeFileSync } from "node:fs";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver, type DatabaseTarget } from "../../src/db/driver.js";
import { applyGraphSchema } from "../../src/db/graph-schema.js";
import { type GraphSize, graphSize } from "../../src/db/graph-size.js";
import { loadSeeds } from "../../src/seed/index.js";
import { seededMarker } from "./environment.js";

export function testTarget(): DatabaseTarget {
  return inject("neo4j");
}

export function testDriver(): Driver {
  return createDriver(testTarget());
}

/** Each test file starts from a graph it prepares itself. */
export async function emptyGraph(driver: Driver): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: testTarget().database });
}

export function countGraph(driver: Driver): Promise<GraphSize> {
  return graphSize(driver, testTarget().database);
}

/** The bookmark of the database's last committed transaction: a read is answered with it. */
async function lastCommitted(driver: Driver, database: string): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run("RETURN 1"));
    return session.lastBookmarks().join(",");
  } finally {
    await session.close();
  }
}

/**
 * The graph as seeds/ makes it. Loading it takes seconds, so it is loaded only when something
 * was committed since this run last loaded it: files that only read share one load, and any
 * write (through the service, an import, or Cypher in a test) makes the next file load afresh.
 */
export async function seedGraph(driver: Driver): Promise<void> {
  const { database } = testTarget();
  const loaded = existsSync(seededMarker) ? readFileSync(seededMarker, "utf8") : undefined;
  if (loaded !== undefined && loaded === (await lastCommitted(driver, database))) return;
  await applyGraphSchema(driver, database);
  await loadSeeds(driver, database, { reset: true });
  writeFileSync(seededMarker, await lastCommitted(driver, database));
}
