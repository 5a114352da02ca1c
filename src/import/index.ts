import { open } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { importDefaults, type ImportLimits } from "../config/index.js";
import { type Change, planChanges } from "./changes.js";
import { type GraphState, readGraphState } from "./graph-state.js";
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

export class ImportTooLargeError extends Error {
  override name = "ImportTooLargeError";
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;

/**
 * The plan's text, refused before it is read into memory when it is larger than the
 * limit (IMPORT_MAX_BYTES): a real plan is 3–40 kB. The size is checked on the open file
 * and again while reading, so that a file that grows, or is no regular file, is bounded too.
 */
async function readBounded(file: string, maxBytes: number): Promise<string> {
  const handle = await open(file, "r");
  const tooLarge = (bytes: string) =>
    new ImportTooLargeError(
      `${path.basename(file)} is ${bytes}; the importer reads plans of at most ${size(maxBytes)} (IMPORT_MAX_BYTES; a plan's text is usually 3–40 kB). Nothing was imported.`,
    );
  try {
    const { size: bytes } = await handle.stat();
    if (bytes > maxBytes) throw tooLarge(size(bytes));
    const chunks: Buffer[] = [];
    let read = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - read));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, read);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      read += bytesRead;
      if (read > maxBytes) throw tooLarge(`larger than ${size(maxBytes)}`);
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    await handle.close();
  }
}

/**
 * Reads a plan against what the graph knows, works out what would change and, unless
 * it is a dry run, writes it in one transaction. Importing the same plan twice changes nothing.
 * A file larger than `limits.maxBytes`, or a plan that proposes more than `limits.maxRecords`
 * records, is refused with a message, and nothing is written.
 */
export async function importPlan(
  driver: Driver,
  database: string,
  file: string,
  options: ImportOptions & { dryRun?: boolean; limits?: Partial<ImportLimits> } = {},
): Promise<ImportResult> {
  const limits = { ...importDefaults, ...options.limits };
  const text = await readBounded(file, limits.maxBytes);
  return importText(driver, database, file, text, options);
}

/** importPlan for a plan's text already in memory (an upload): `file` names it in messages. */
export async function importText(
  driver: Driver,
  database: string,
  file: string,
  text: string,
  options: ImportOptions & { dryRun?: boolean; limits?: Partial<ImportLimits> } = {},
): Promise<ImportResult> {
  const read = await readPlanText(driver, database, file, text, options);
  const state = await readGraphState(driver, database, read);
  const { plan, changes } = planChanges(read, state);
  const pending = changes.some((c) => c.action !== "unchanged");
  if (!options.dryRun && pending) await writeImport(driver, database, plan, changes);
  return { plan, changes, notInPlan: notInPlan(plan, state), written: !options.dryRun && pending };
}

/** A plan's text read into records against the graph's names, refused when it proposes more than `limits.maxRecords`. */
export async function readPlanText(
  driver: Driver,
  database: string,
  file: string,
  text: string,
  options: ImportOptions & { limits?: Partial<ImportLimits> } = {},
): Promise<ImportedPlan> {
  const limits = { ...importDefaults, ...options.limits };
  const vocabulary = await readVocabulary(driver, database);
  const read = readPlan(file, text, vocabulary, options);
  const records = read.initiatives.length + read.forums.length + read.meetings.length;
  if (records > limits.maxRecords) {
    throw new ImportTooLargeError(
      `${path.basename(file)} would propose ${records} records (${count(read.meetings.length, "meeting")}, ${count(read.forums.length, "forum")}, ${count(read.initiatives.length, "initiative")}); one import proposes at most ${limits.maxRecords} (IMPORT_MAX_RECORDS). Nothing was imported.`,
    );
  }
  return read;
}

/** Meetings the graph has under the plan's forums that the plan no longer lists. */
export const notInPlan = (plan: ImportedPlan, state: GraphState): string[] =>
  state.notInPlan.filter((id) => !plan.meetings.some((m) => m.id === id));
