import { fileTypeFromBuffer } from "file-type";
import type { Driver } from "neo4j-driver";
import type { ImportLimits } from "../../config/index.js";
import { readPlanBytes } from "../index.js";
import type { ImportedPlan, ImportOptions } from "../plan.js";
import { readSpreadsheet, type SpreadsheetRead, spreadsheetFormat } from "../spreadsheets/index.js";
import { acceptedName, storedName } from "./document-name.js";

/** A file as an editor uploaded it: the name it had on their machine, and its bytes. */
export interface Upload {
  name: string;
  bytes: Buffer;
}

/** What an upload's bytes are, recognised by their content, never by the file's name. */
export type UploadType =
  | { kind: "plan"; extension: "docx" | "pdf" | "txt" }
  | { kind: "spreadsheet"; extension: "xlsx" | "csv" }
  | { kind: "other"; label: string };

/**
 * An upload read into records, before it is compared with the graph: what a preview keeps for
 * its commit, and the name its records cite (src/import/upload/document-name.ts).
 */
export type UploadRead = { document: string } & (
  { kind: "plan"; plan: ImportedPlan } | { kind: "spreadsheet"; sheet: SpreadsheetRead }
);

/** The forms an upload may take, for messages. */
export const ACCEPTED_TYPES =
  "a plan as a Word document (.docx), a PDF with a text layer, or its text as UTF-8 (.txt: tables as tab-separated lines), or a membership or partnership table as an Excel workbook (.xlsx) or a .csv file with a «Nettverk» header";

export class UnsupportedUploadError extends Error {
  override name = "UnsupportedUploadError";
  constructor(
    readonly document: string,
    readonly detected: string,
  ) {
    super(`${document} is ${detected}; the importer accepts ${ACCEPTED_TYPES}. Nothing was imported.`);
  }
}

// The formats an editor is likely to try, named as they know them.
const LABELS: Record<string, string> = {
  pdf: "a PDF document",
  docx: "a Word document (.docx)",
  doc: "an old Word document (.doc)",
  xlsx: "an Excel workbook (.xlsx)",
  odt: "an OpenDocument text (.odt)",
  zip: "a ZIP archive",
  rtf: "an RTF document",
  png: "a PNG image",
  jpg: "a JPEG image",
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Recognises an upload by its first bytes (magic numbers) and, failing that, by whether it is
 * a table the spreadsheet reader knows by its header, or else UTF-8 text.
 */
export async function recogniseUpload(bytes: Buffer): Promise<UploadType> {
  const found = await fileTypeFromBuffer(bytes);
  // The plan readers (src/import/documents/) read these two by their content.
  if (found?.ext === "docx" || found?.ext === "pdf") return { kind: "plan", extension: found.ext };
  // An OOXML workbook (its content types say so) that holds the workbook part the reader opens.
  if (found?.ext === "xlsx" && spreadsheetFormat(bytes) === "xlsx") return { kind: "spreadsheet", extension: "xlsx" };
  if (found) return { kind: "other", label: LABELS[found.ext] ?? `a .${found.ext} file (${found.mime})` };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { kind: "other", label: "UTF-16 text (save it as UTF-8)" };
  // Text has no NUL byte; a binary format that file-type does not know almost always has one.
  if (bytes.includes(0)) return { kind: "other", label: "binary data, not text" };
  // A .csv whose first line holds the tables' «Nettverk» header, in UTF-8 or Windows-1252.
  if (spreadsheetFormat(bytes) === "csv") return { kind: "spreadsheet", extension: "csv" };
  try {
    utf8.decode(bytes);
    return { kind: "plan", extension: "txt" };
  } catch {
    return { kind: "other", label: "text that is not UTF-8 (save it as UTF-8)" };
  }
}

/**
 * The one place an uploaded file is recognised and read into records: each accepted type is
 * one case here: a plan as Word, PDF or UTF-8 text, which the readers of src/import/documents/
 * take apart, or a membership or partnership table, which src/import/spreadsheets/ reads.
 * Its name is checked first, and its records cite it as stored: safe characters, ending
 * with what its content is.
 */
export async function readUpload(
  driver: Driver,
  database: string,
  upload: Upload,
  options: ImportOptions & { limits?: Partial<ImportLimits> } = {},
): Promise<UploadRead> {
  const name = acceptedName(upload.name);
  const type = await recogniseUpload(upload.bytes);
  if (type.kind === "other") throw new UnsupportedUploadError(name, type.label);
  const document = storedName(name, type.extension);
  if (type.kind === "plan") {
    return { kind: "plan", document, plan: await readPlanBytes(driver, database, document, upload.bytes, options) };
  }
  return { kind: "spreadsheet", document, sheet: await readSpreadsheet({ ...upload, name: document }, options.limits) };
}
