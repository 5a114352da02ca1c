import type { Driver } from "neo4j-driver";
import type { ImportLimits } from "../../config/index.js";
import { type Change, planChanges } from "../changes.js";
import { readGraphState, readGraphStateIn } from "../graph-state.js";
import { notInPlan } from "../index.js";
import type { ImportedPlan, ImportOptions } from "../plan.js";
import { writeImportIn } from "../write.js";
import { type Preview, PreviewStore, fingerprintOf } from "./previews.js";
import { type Upload, readUpload } from "./read-upload.js";

export { PreviewStore, type Upload };

export interface UploadDiff {
  plan: ImportedPlan;
  changes: Change[];
  notInPlan: string[];
}

/** The commit's preview is not (or no longer) held here: expired, committed, found stale, or held by another instance. */
export class PreviewNotFoundError extends Error {
  override name = "PreviewNotFoundError";
  constructor() {
    super(
      "No preview with this id is waiting here: it has expired, was committed or found stale, or was made by another instance of the service. Preview the file again.",
    );
  }
}

/** The commit names another diff than the preview's, or the graph now gives another diff. */
export class StalePreviewError extends Error {
  override name = "StalePreviewError";
}

/** A file name fit for messages and sources: the last path segment, printable, at most 120 characters. */
export function documentName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(-120);
  return base || "opplastet-plan.txt";
}

/**
 * A dry run of an uploaded file: reads it, compares it with the graph, and keeps the read
 * records (not the file) in `store` for a commit. Writes nothing.
 */
export async function previewUpload(
  driver: Driver,
  database: string,
  store: PreviewStore,
  upload: Upload,
  options: ImportOptions & { limits?: Partial<ImportLimits> } = {},
): Promise<UploadDiff & { preview: Preview }> {
  const read = await readUpload(driver, database, upload, options);
  const state = await readGraphState(driver, database, read);
  const { plan, changes } = planChanges(read, state);
  const preview = store.add(upload.name, read, changes);
  return { preview, plan, changes, notInPlan: notInPlan(plan, state) };
}

/**
 * Writes exactly what a preview showed, in one transaction: inside it the preview's
 * records are compared with the graph again, and when the diff is not the one shown
 * (another import or a mutation changed the graph since) nothing is written. A preview is
 * committed at most once.
 */
export async function commitPreview(
  driver: Driver,
  database: string,
  store: PreviewStore,
  id: string,
  fingerprint: string,
  options: { transactionTimeoutMs?: number } = {},
): Promise<UploadDiff & { written: boolean }> {
  const preview = store.get(id);
  if (!preview) throw new PreviewNotFoundError();
  if (fingerprint !== preview.fingerprint) {
    throw new StalePreviewError(
      `The fingerprint ${JSON.stringify(fingerprint)} is not that of preview ${id}: send the fingerprint the preview returned. Nothing was written.`,
    );
  }
  store.delete(id);
  const session = driver.session({ database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const state = await readGraphStateIn(tx, preview.read);
        const { plan, changes } = planChanges(preview.read, state);
        if (fingerprintOf(changes) !== preview.fingerprint) {
          throw new StalePreviewError(
            "The graph changed since the preview, so its diff no longer holds. Preview the file again. Nothing was written.",
          );
        }
        const written = changes.some((c) => c.action !== "unchanged");
        if (written) await writeImportIn(tx, plan, changes);
        return { plan, changes, notInPlan: notInPlan(plan, state), written };
      },
      options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : {},
    );
  } finally {
    await session.close();
  }
}
