import type { Driver } from "neo4j-driver";
import { importDefaults, type ImportLimits } from "../../config/index.js";
import { ACCEPTED_TYPES, readContent, recogniseFormat } from "../documents/index.js";
import type { ImportedPlan } from "../plan.js";
import { readPlanRecords, type ReadPlanOptions } from "../plan-file.js";
import { type SpreadsheetRead, spreadsheetRead } from "../spreadsheets/index.js";
import { acceptedName, storedName } from "./document-name.js";

/** A file as an editor uploaded it: the name it had on their machine, and its bytes. */
export interface Upload {
  name: string;
  bytes: Buffer;
}

/**
 * An upload read into records, before it is compared with the graph: what a preview keeps for
 * its commit, and the name its records cite (src/import/upload/document-name.ts).
 */
export type UploadRead = { document: string } & (
  { kind: "plan"; plan: ImportedPlan } | { kind: "spreadsheet"; sheet: SpreadsheetRead }
);

export class UnsupportedUploadError extends Error {
  override name = "UnsupportedUploadError";
  constructor(
    readonly document: string,
    readonly detected: string,
  ) {
    super(`${document} is ${detected}; the importer accepts ${ACCEPTED_TYPES}. Nothing was imported.`);
  }
}

/**
 * The one place an uploaded file (POST /import, or `npm run import`'s file) is recognised
 * and read into records: its name is checked first; its content is recognised against the
 * table of formats (src/import/documents/formats.ts) and read by that format's reader; a
 * plan's source then goes through the plan readers, a table's rows through the secret filter.
 * Its records cite it as stored: safe characters, ending with what its content is.
 */
export async function readUpload(
  driver: Driver,
  database: string,
  upload: Upload,
  options: ReadPlanOptions & { limits?: Partial<ImportLimits> } = {},
): Promise<UploadRead> {
  const name = acceptedName(upload.name);
  const found = await recogniseFormat(upload.bytes);
  if (!found.accepted)
    throw new UnsupportedUploadError(name, `${found.label}${found.advice ? ` (${found.advice})` : ""}`);
  const document = storedName(name, found.format.extension);
  const content = await readContent(document, upload.bytes, found.format, { ...importDefaults, ...options.limits });
  if (content.kind === "plan")
    return { kind: "plan", document, plan: await readPlanRecords(driver, database, document, content.source, options) };
  return { kind: "spreadsheet", document, sheet: spreadsheetRead(document, content.sheets) };
}
