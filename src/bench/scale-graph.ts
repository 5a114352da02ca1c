import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import neo4j, { type Driver } from "neo4j-driver";
import { applyGraphSchema } from "../db/graph-schema.js";
import { loadSeeds } from "../seed/index.js";
import { writeMeetings } from "../seed/write/write-calendar.js";
import { generateSeedData, SCALES, type Scale } from "./generate.js";
import { writeSeedFiles } from "./write.js";

/**
 * The Neo4j of the benchmark and the load test (port, data folder, memory), unless the
 * environment sets them or NEO4J_URI names another; the tests' and the service's own stay untouched.
 */
export const BENCH_NEO4J: Record<string, string> = {
  LOCAL_NEO4J_BOLT_PORT: "17689",
  LOCAL_NEO4J_DATA_DIR: ".data/neo4j-bench",
  LOCAL_NEO4J_HEAP: "2g",
  LOCAL_NEO4J_PAGECACHE: "2g",
};

export function scaleNamed(name: string): Scale {
  const scale = SCALES[name];
  if (!scale) throw new Error(`Unknown scale "${name}": expected ${Object.keys(SCALES).join(", ")}`);
  return scale;
}

/**
 * The most meetings the seed loader writes in its one transaction here. norway10's 600,000
 * need more than 2.8 GB of transaction state, more than Neo4j allows even with a 4 GB heap
 * (dbms.memory.transaction.total.max, 70 % of the heap): past this they are written after
 * the rest, by the seed loader's own writer, a batch to a transaction.
 */
const MEETINGS_IN_ONE_TRANSACTION = 100_000;
const MEETING_BATCH = 20_000;

/**
 * Generates a scale's graph and loads it through the normal seed loader, replacing what the
 * database held (the meetings of the largest scales apart, as above).
 */
export async function loadScale(
  driver: Driver,
  database: string,
  scale: Scale,
  log: (line: string) => void,
): Promise<{ loadMs: number; counts: Record<string, number> }> {
  const data = generateSeedData(scale);
  const apart = data.meetings.length > MEETINGS_IN_ONE_TRANSACTION;
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-bench-")), "seeds");
  try {
    await writeSeedFiles(dir, apart ? { ...data, meetings: [] } : data);
    await applyGraphSchema(driver, database);
    // The reset marks every node and relationship of the old graph in the load's one
    // transaction: after norway10 that alone passes the limit above. The old meetings go first.
    // (CALL IN TRANSACTIONS: only in an auto-commit transaction.)
    const cleaner = driver.session({ database });
    try {
      await cleaner.run("MATCH (m:Meeting) CALL (m) { DETACH DELETE m } IN TRANSACTIONS OF $batch ROWS", {
        batch: neo4j.int(MEETING_BATCH),
      });
    } finally {
      await cleaner.close();
    }
    // Timed from here: the load of the scale, not the clearing of the one before it.
    const started = performance.now();
    await loadSeeds(driver, database, { dir, reset: true, log });
    if (apart) {
      const session = driver.session({ database });
      try {
        for (let start = 0; start < data.meetings.length; start += MEETING_BATCH) {
          const meetings = data.meetings.slice(start, start + MEETING_BATCH);
          await session.executeWrite((tx) => writeMeetings(tx, { ...data, meetings }));
        }
      } finally {
        await session.close();
      }
      log(`Wrote ${data.meetings.length} meetings apart, ${MEETING_BATCH} to a transaction`);
    }
    const loadMs = Math.round(performance.now() - started);
    return { loadMs, counts: Object.fromEntries(Object.entries(data).map(([kind, list]) => [kind, list.length])) };
  } finally {
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
}
