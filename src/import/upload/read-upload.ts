import { fileTypeFromBuffer } from "file-type";
import type { Driver } from "neo4j-driver";
import type { ImportLimits } from "../../config/index.js";
import { readPlanText } from "../index.js";
import type { ImportedPlan, ImportOptions } from "../plan.js";

/** A file as an editor uploaded it: the name it had on their machine, and its bytes. */
export interface Upload {
  name: string;
  bytes: Buffer;
}

/** What an upload's bytes are, recognised by their content, never by the file's name. */
export type UploadType = { kind: "text"; text: string } | { kind: "other"; label: string };

/** The forms an upload may take, for messages. */
export const ACCEPTED_TYPES = "a plan's text as UTF-8 (.txt: tables as tab-separated lines, as npm run import reads)";

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

/** Recognises an upload by its first bytes (magic numbers) and, failing that, by whether it is UTF-8 text. */
export async function recogniseUpload(bytes: Buffer): Promise<UploadType> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return { kind: "other", label: LABELS[found.ext] ?? `a .${found.ext} file (${found.mime})` };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { kind: "other", label: "UTF-16 text (save it as UTF-8)" };
  // Text has no NUL byte; a binary format that file-type does not know almost always has one.
  if (bytes.includes(0)) return { kind: "other", label: "binary data, not text" };
  try {
    return { kind: "text", text: utf8.decode(bytes) };
  } catch {
    return { kind: "other", label: "text that is not UTF-8 (save it as UTF-8)" };
  }
}

/**
 * The one place an uploaded file is recognised and read into the records of a plan:
 * each accepted type is one case here. Today a plan's UTF-8 text; the Word and PDF
 * readers (src/import/documents/) and the spreadsheet readers join as cases of their own.
 */
export async function readUpload(
  driver: Driver,
  database: string,
  upload: Upload,
  options: ImportOptions & { limits?: Partial<ImportLimits> } = {},
): Promise<ImportedPlan> {
  const type = await recogniseUpload(upload.bytes);
  switch (type.kind) {
    case "text":
      return readPlanText(driver, database, upload.name, type.text, options);
    case "other":
      throw new UnsupportedUploadError(upload.name, type.label);
  }
}
