import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { applyGraphSchema } from "../db/graph-schema.js";
import { loadSeeds } from "../seed/index.js";
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

/** Generates a scale's graph and loads it through the normal seed loader, replacing what the database held. */
export async function loadScale(
  driver: Driver,
  database: string,
  scale: Scale,
  log: (line: string) => void,
): Promise<{ loadMs: number; counts: Record<string, number> }> {
  const data = generateSeedData(scale);
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-bench-")), "seeds");
  try {
    await writeSeedFiles(dir, data);
    await applyGraphSchema(driver, database);
    const started = performance.now();
    await loadSeeds(driver, database, { dir, reset: true, log });
    const loadMs = Math.round(performance.now() - started);
    return { loadMs, counts: Object.fromEntries(Object.entries(data).map(([kind, list]) => [kind, list.length])) };
  } finally {
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
}
