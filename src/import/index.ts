/**
 * The import room's front: importing a plan file from disk (importPlan), and the bytes of a
 * file read within IMPORT_MAX_BYTES. Nothing in src/import imports this module.
 */
import { open } from "node:fs/promises";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { importDefaults } from "../config/index.js";
import { type Change, planChanges } from "./changes.js";
import { ImportTooLargeError, readableSize as size } from "./documents/errors.js";
import { type PlanFormat, readPlanSource } from "./documents/index.js";
import { notInPlan, readGraphState } from "./graph-state.js";
import type { ImportedPlan } from "./plan.js";
import { readPlanRecords, type ReadPlanOptions } from "./plan-file.js";
import { writeImport } from "./write.js";

export { ImportTooLargeError } from "./documents/errors.js";

export interface ImportResult {
  /** What the file was, told by its content. */
  format: PlanFormat;
  plan: ImportedPlan;
  changes: Change[];
  /** Meetings in the plan's forums that the plan no longer lists: reported, never deleted. */
  notInPlan: string[];
  written: boolean;
}

/**
 * The file's bytes, refused before it is read into memory when it is larger than the
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
  options: ReadPlanOptions & { dryRun?: boolean } = {},
): Promise<ImportResult> {
  const limits = { ...importDefaults, ...options.limits };
  const source = await readPlanSource(file, await readBoundedBytes(file, limits.maxBytes), limits);
  const read = await readPlanRecords(driver, database, file, source, options);
  const state = await readGraphState(driver, database, read);
  const { plan, changes } = planChanges(read, state);
  const pending = changes.some((c) => c.action !== "unchanged");
  if (!options.dryRun && pending) await writeImport(driver, database, plan, changes);
  return { format: read.format, plan, changes, notInPlan: notInPlan(plan, state), written: !options.dryRun && pending };
}
