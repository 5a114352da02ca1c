import type { ImportLimits } from "../../config/index.js";
import { UnreadableDocumentError } from "./errors.js";
import { DOCX_PARTS, readDocx } from "./docx.js";
import type { ReadDocument } from "./model.js";
import { readPdf } from "./pdf.js";
import { readZip, type ZipLimits } from "./zip.js";

export { UnreadableDocumentError } from "./errors.js";

/** What a plan file is, told by its content, never by its name. */
export type PlanFormat = "text" | "docx" | "pdf";

export type PlanSource = { format: "text"; text: string } | ({ format: "docx" | "pdf" } & ReadDocument);

/** A Word document has tens of files; its text unpacks to a few hundred kB. */
export const zipLimits = (limits: Pick<ImportLimits, "maxBytes">): ZipLimits => ({
  maxEntries: 1000,
  maxUnpackedBytes: 10 * limits.maxBytes,
});

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString("latin1") === "%PDF-";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function readWordZip(file: string, bytes: Buffer, limits: ImportLimits): Promise<PlanSource> {
  const wanted = new Set<string>(Object.values(DOCX_PARTS));
  let zip;
  try {
    zip = await readZip(bytes, (name) => wanted.has(name), zipLimits(limits));
  } catch (error) {
    throw new UnreadableDocumentError(file, `the file is a zip archive that cannot be read: ${message(error)}`);
  }
  const document = zip.entries.get(DOCX_PARTS.document);
  if (document === undefined) {
    const spreadsheet = zip.names.includes("xl/workbook.xml");
    throw new UnreadableDocumentError(
      file,
      spreadsheet
        ? "the file is a spreadsheet (.xlsx), which the importer does not read yet; import the plan as Word (.docx), PDF or text"
        : "the file is a zip archive but not a Word document (it has no word/document.xml)",
    );
  }
  try {
    const model = readDocx(document.toString("utf8"), zip.entries.get(DOCX_PARTS.relationships)?.toString("utf8"));
    return { format: "docx", model, uncertain: [] };
  } catch (error) {
    throw new UnreadableDocumentError(file, `the Word document cannot be read: ${message(error)}`);
  }
}

/**
 * Reads a plan file's bytes as what its content shows it is: a Word document (a zip with
 * word/document.xml), a PDF (%PDF-) or the extracted text form (UTF-8). The caller has
 * bounded the bytes (IMPORT_MAX_BYTES); the zip's content is bounded here.
 */
export async function readPlanSource(file: string, bytes: Buffer, limits: ImportLimits): Promise<PlanSource> {
  if (startsWith(bytes, ZIP)) return readWordZip(file, bytes, limits);
  if (isPdf(bytes)) {
    try {
      return { format: "pdf", ...(await readPdf(new Uint8Array(bytes))) };
    } catch (error) {
      throw new UnreadableDocumentError(file, message(error));
    }
  }
  if (startsWith(bytes, OLE))
    throw new UnreadableDocumentError(file, "the file is an old Word or Excel file (.doc, .xls); save it as .docx");
  if (bytes.subarray(0, 5).toString("latin1") === "{\\rtf")
    throw new UnreadableDocumentError(file, "the file is a Rich Text document (.rtf); save it as .docx");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableDocumentError(file, "the file is neither a Word document (.docx), a PDF nor UTF-8 text");
  }
  if (text.includes("\u0000"))
    throw new UnreadableDocumentError(file, "the file is neither a Word document (.docx), a PDF nor UTF-8 text");
  return { format: "text", text: text.replace(/^\uFEFF/, "") };
}
