import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Driver } from "neo4j-driver";
import { applyGraphSchema } from "../db/graph-schema.js";
import type { Log } from "../progress.js";
import { loadSeeds } from "../seed/index.js";
import { generateSeedData, type Scale } from "./generate.js";
import { writeSeedFiles } from "./write.js";

/**
 * Generates a scale and loads it through the normal seed loader, replacing the graph: the
 * way a benchmark prepares its database. Returns how many records of each kind it holds
 * and how long the load took.
 */
export async function loadScale(
  driver: Driver,
  database: string,
  scale: Scale,
  log: Log,
): Promise<{ counts: Record<string, number>; loadMs: number }> {
  const data = generateSeedData(scale);
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-bench-")), "seeds");
  try {
    await writeSeedFiles(dir, data);
    await applyGraphSchema(driver, database);
    const started = performance.now();
    await loadSeeds(driver, database, { dir, reset: true, log });
    const loadMs = Math.round(performance.now() - started);
    const counts = Object.fromEntries(Object.entries(data).map(([kind, list]) => [kind, list.length]));
    return { counts, loadMs };
  } finally {
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
}
