import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config/index.js";
import { GRAPH_VERSION_LABEL } from "../db/graph-version.js";
import { type Log, longStep } from "../progress.js";
import { readSeeds } from "./read.js";
import { writeSeeds } from "./write/index.js";

export const seedDir = path.join(projectRoot, "seeds");

/** Validates every seed file first, then writes them all in one transaction. */
export async function loadSeeds(
  driver: Driver,
  database: string,
  options: { dir?: string; reset?: boolean; log?: Log } = {},
): Promise<void> {
  const data = await readSeeds(options.dir ?? seedDir);
  const records = Object.values(data).reduce((sum, list) => sum + list.length, 0);
  const log = options.log ?? (() => undefined);
  await longStep(
    log,
    `Validated ${records} records; writing them in one transaction${options.reset ? ", replacing the graph" : ""}`,
    (progress) => writeSeeds(driver, database, data, options.reset ?? false, progress),
    () => "committed",
  );
}

export async function graphIsEmpty(driver: Driver, database: string): Promise<boolean> {
  // The graph's version alone is bookkeeping, not data.
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:${GRAPH_VERSION_LABEL} RETURN n LIMIT 1`,
    {},
    { database },
  );
  return records.length === 0;
}
