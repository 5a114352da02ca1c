import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SeedData, SeedKind } from "../seed/records/index.js";

/** Writes generated seed data as one JSON file per kind, for the normal seed loader. */
export async function writeSeedFiles(dir: string, data: SeedData): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const kind of Object.keys(data) as SeedKind[]) {
    await writeFile(path.join(dir, `${kind}.json`), JSON.stringify({ [kind]: data[kind] }));
  }
}
