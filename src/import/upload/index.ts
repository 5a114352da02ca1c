import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ImportLimits } from "../../config/index.js";
import type { GraphVersion } from "../../db/graph-version.js";
import { type Change, planChanges } from "../changes.js";
import { type GraphState, notInPlan, readGraphState, readGraphStateIn } from "../graph-state.js";
import type { ImportedPlan, ImportOptions } from "../plan.js";
import { type SpreadsheetDiff, spreadsheetDiff } from "../spreadsheets/index.js";
import { readSheetGraph, readSheetGraphIn, type SheetGraph } from "../spreadsheets/state.js";
import { writeSheetChangesIn } from "../spreadsheets/write.js";
import { writeImportIn } from "../write.js";
import { type Preview, PreviewStore, fingerprintOf } from "./previews.js";
import { type Upload, type UploadRead, readUpload } from "./read-upload.js";

export { PreviewStore, type Upload };

/** What an upload would change: a plan's records, or a spreadsheet's (with the graph's names, for the answer). */
export type UploadDiff =
  | { kind: "plan"; plan: ImportedPlan; changes: Change[]; notInPlan: string[] }
  | { kind: "spreadsheet"; sheet: SpreadsheetDiff; graph: SheetGraph };

/**
 * The commit's preview is not (or no longer) held here for this editor: expired, committed,
 * found stale, made by someone else, or held by another instance. One answer for all, so
 * that it tells nobody whether someone else's preview exists.
 */
export class PreviewNotFoundError extends Error {
  override name = "PreviewNotFoundError";
  constructor() {
    super(
      "No preview with this id is waiting here for you: it has expired, was committed or found stale, is someone else's, or was made by another instance of the service. Preview the file again.",
    );
  }
}

/** The commit names another diff than the preview's, or the graph now gives another diff. */
export class StalePreviewError extends Error {
  override name = "StalePreviewError";
}

/** The graph as an upload's read compares with it: what its plan or table touches. */
type Graph = { kind: "plan"; state: GraphState } | { kind: "spreadsheet"; graph: SheetGraph };

function diffOf(read: UploadRead, graph: Graph, limits: Partial<ImportLimits> = {}): UploadDiff {
  if (read.kind === "plan" && graph.kind === "plan") {
    const { plan, changes } = planChanges(read.plan, graph.state);
    return { kind: "plan", plan, changes, notInPlan: notInPlan(plan, graph.state) };
  }
  if (read.kind === "spreadsheet" && graph.kind === "spreadsheet")
    return { kind: "spreadsheet", sheet: spreadsheetDiff(read.sheet, graph.graph, limits), graph: graph.graph };
  throw new Error("An upload's read and the graph it is compared with are of different kinds");
}

const changesOf = (diff: UploadDiff): readonly { action: string }[] =>
  diff.kind === "plan" ? diff.changes : diff.sheet.changes;

/** Whether the diff writes anything. */
const writes = (diff: UploadDiff) => changesOf(diff).some((c) => c.action !== "unchanged");

const graphOf = async (driver: Driver, database: string, read: UploadRead): Promise<Graph> =>
  read.kind === "plan"
    ? { kind: "plan", state: await readGraphState(driver, database, read.plan) }
    : { kind: "spreadsheet", graph: await readSheetGraph(driver, database) };

const graphIn = async (tx: ManagedTransaction, read: UploadRead): Promise<Graph> =>
  read.kind === "plan"
    ? { kind: "plan", state: await readGraphStateIn(tx, read.plan) }
    : { kind: "spreadsheet", graph: await readSheetGraphIn(tx) };

/**
 * A dry run of an uploaded file: reads it, compares it with the graph, and keeps the read
 * records (not the file) in `store` for a commit by `author` alone. Writes nothing.
 */
export async function previewUpload(
  driver: Driver,
  database: string,
  store: PreviewStore,
  author: string,
  upload: Upload,
  options: ImportOptions & { limits?: Partial<ImportLimits> } = {},
): Promise<UploadDiff & { preview: Preview }> {
  const read = await readUpload(driver, database, upload, options);
  const diff = diffOf(read, await graphOf(driver, database, read), options.limits);
  const preview = store.add(author, read, changesOf(diff));
  return { ...diff, preview };
}

/** Writes the diff and returns the graph's version it moved to. */
function writeDiffIn(tx: ManagedTransaction, diff: UploadDiff): Promise<GraphVersion> {
  return diff.kind === "plan"
    ? writeImportIn(tx, diff.plan, diff.changes)
    : writeSheetChangesIn(tx, diff.sheet.changes);
}

/**
 * Writes exactly what a preview showed, in one transaction: inside it the preview's
 * records are compared with the graph again, and when the diff is not the one shown
 * (another import or a mutation changed the graph since) nothing is written. A preview is
 * committed at most once, and only by its author. Both writers move the graph's version in
 * that transaction, and the answer carries the version written, for the response cache.
 */
export async function commitPreview(
  driver: Driver,
  database: string,
  store: PreviewStore,
  author: string,
  id: string,
  fingerprint: string,
  options: { transactionTimeoutMs?: number } = {},
): Promise<UploadDiff & { document: string; written: boolean; version?: GraphVersion }> {
  const preview = store.get(id, author);
  if (!preview) throw new PreviewNotFoundError();
  if (fingerprint !== preview.fingerprint) {
    throw new StalePreviewError(
      `The fingerprint ${JSON.stringify(fingerprint)} is not that of preview ${id}: send the fingerprint the preview returned. Nothing was written.`,
    );
  }
  store.delete(id);
  const { read } = preview;
  const session = driver.session({ database });
  try {
    return await session.executeWrite(
      async (tx) => {
        // The records were within the limits when previewed; the same records are compared again.
        const diff = diffOf(read, await graphIn(tx, read), { maxRecords: Number.MAX_SAFE_INTEGER });
        if (fingerprintOf(changesOf(diff)) !== preview.fingerprint) {
          throw new StalePreviewError(
            "The graph changed since the preview, so its diff no longer holds. Preview the file again. Nothing was written.",
          );
        }
        if (!writes(diff)) return { ...diff, document: read.document, written: false };
        return { ...diff, document: read.document, written: true, version: await writeDiffIn(tx, diff) };
      },
      options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : {},
    );
  } finally {
    await session.close();
  }
}

/**
 * `npm run import`'s way with a file read by readUpload: compared with the graph and, unless
 * it is a dry run, written at once, in one transaction that compares it with the graph as it
 * is then.
 */
export async function importUpload(
  driver: Driver,
  database: string,
  read: UploadRead,
  options: { dryRun?: boolean; limits?: Partial<ImportLimits> } = {},
): Promise<UploadDiff & { written: boolean }> {
  if (options.dryRun) return { ...diffOf(read, await graphOf(driver, database, read), options.limits), written: false };
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const diff = diffOf(read, await graphIn(tx, read), options.limits);
      if (!writes(diff)) return { ...diff, written: false };
      await writeDiffIn(tx, diff);
      return { ...diff, written: true };
    });
  } finally {
    await session.close();
  }
}
