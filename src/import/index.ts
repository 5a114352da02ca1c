import { readFile } from "node:fs/promises";
import type { Driver } from "neo4j-driver";
import { type Change, planChanges } from "./changes.js";
import { readGraphState } from "./graph-state.js";
import { type ImportedPlan, type ImportOptions, readPlan } from "./plan.js";
import { readVocabulary } from "./vocabulary.js";
import { writeImport } from "./write.js";

export interface ImportResult {
  plan: ImportedPlan;
  changes: Change[];
  /** Meetings in the plan's forums that the plan no longer lists: reported, never deleted. */
  notInPlan: string[];
  written: boolean;
}

/**
 * Reads a plan against what the graph knows, works out what would change and, unless
 * it is a dry run, writes it in one transaction. Importing the same plan twice changes nothing.
 */
export async function importPlan(
  driver: Driver,
  database: string,
  file: string,
  options: ImportOptions & { dryRun?: boolean } = {},
): Promise<ImportResult> {
  const text = await readFile(file, "utf8");
  const vocabulary = await readVocabulary(driver, database);
  const read = readPlan(file, text, vocabulary, options);
  const state = await readGraphState(driver, database, read);
  const { plan, changes } = planChanges(read, state);
  const pending = changes.some((c) => c.action !== "unchanged");
  if (!options.dryRun && pending) await writeImport(driver, database, plan, changes);
  const notInPlan = state.notInPlan.filter((id) => !plan.meetings.some((m) => m.id === id));
  return { plan, changes, notInPlan, written: !options.dryRun && pending };
}
