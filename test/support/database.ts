import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver, type DatabaseTarget } from "../../src/db/driver.js";
import { type GraphSize, graphSize } from "../../src/db/graph-size.js";

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
