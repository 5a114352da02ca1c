import { open } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { importDefaults, type ImportLimits } from "../config/index.js";
import { type Change, planChanges } from "./changes.js";
import { type GraphState, readGraphState } from "./graph-state.js";
import type { PlanFormat } from "./documents/index.js";
import { readPlanFile } from "./documents/plan.js";
import type { ImportedPlan, ImportOptions } from "./plan.js";
import { readVocabulary } from "./vocabulary.js";
import { writeImport } from "./write.js";

export interface ImportResult {
  /** What the file was, told by its content. */
  format: PlanFormat;
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
 * The plan file's bytes, refused before it is read into memory when it is larger than the
 * limit (IMPORT_MAX_BYTES): a real plan is 3–40 kB. The size is checked on the open file
 * and again while reading, so that a file that grows, or is no regular file, is bounded too.
 */
export async function readBoundedBytes(file: string, maxBytes: number): Promise<Buffer> {
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
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

type ImportPlanOptions = ImportOptions & { dryRun?: boolean; limits?: Partial<ImportLimits> };

/**
 * Reads a plan file (Word, PDF or the extracted text form, told by its content) against what the graph knows, works out what would change and, unless
 * it is a dry run, writes it in one transaction. Importing the same plan twice changes nothing.
 * A file larger than `limits.maxBytes`, or a plan that proposes more than `limits.maxRecords`
 * records, is refused with a message, and nothing is written.
 */
export async function importPlan(
  driver: Driver,
  database: string,
  file: string,
  options: ImportPlanOptions = {},
): Promise<ImportResult> {
  const limits = { ...importDefaults, ...options.limits };
  return importPlanBytes(driver, database, file, await readBoundedBytes(file, limits.maxBytes), options);
}

/** importPlan for a file's bytes (an upload): `file` names it in messages and sources. */
export async function importPlanBytes(
  driver: Driver,
  database: string,
  file: string,
  bytes: Buffer,
  options: ImportPlanOptions = {},
): Promise<ImportResult> {
  const read = await readPlanBytes(driver, database, file, bytes, options);
  const state = await readGraphState(driver, database, read);
  const { plan, changes } = planChanges(read, state);
  const pending = changes.some((c) => c.action !== "unchanged");
  if (!options.dryRun && pending) await writeImport(driver, database, plan, changes);
  return { format: read.format, plan, changes, notInPlan: notInPlan(plan, state), written: !options.dryRun && pending };
}

/** A plan file's bytes (text, Word or PDF) read into records against the graph's names, within the limits. */
export async function readPlanBytes(
  driver: Driver,
  database: string,
  file: string,
  bytes: Buffer,
  options: ImportPlanOptions = {},
) {
  const limits = { ...importDefaults, ...options.limits };
  if (bytes.length > limits.maxBytes)
    throw new ImportTooLargeError(
      `${path.basename(file)} is ${size(bytes.length)}; the importer reads plans of at most ${size(limits.maxBytes)} (IMPORT_MAX_BYTES). Nothing was imported.`,
    );
  const vocabulary = await readVocabulary(driver, database);
  const read = await readPlanFile(file, bytes, vocabulary, options, limits);
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
