/** The readers of a plan's formats: each turns a file's bytes into the text form or the document model. */
import { DOCX_PARTS, readDocx } from "./docx.js";
import { ImportTooLargeError, UnreadableDocumentError } from "./errors.js";
import type { ReadDocument } from "./model.js";
import { readPdf } from "./pdf.js";
import { readZip, type ZipLimits } from "./zip.js";

/** What a plan file is, told by its content, never by its name. */
export type PlanFormat = "text" | "docx" | "pdf";

export type PlanSource = { format: "text"; text: string } | ({ format: "docx" | "pdf" } & ReadDocument);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A Word document: a zip holding word/document.xml, bounded by the zip guard. */
export async function readWord(file: string, bytes: Buffer, limits: ZipLimits): Promise<PlanSource> {
  const wanted = new Set<string>(Object.values(DOCX_PARTS));
  let parts;
  try {
    parts = await readZip(file, bytes, limits, (name) => wanted.has(name));
  } catch (error) {
    if (error instanceof ImportTooLargeError) throw error;
    throw new UnreadableDocumentError(file, `the file is a zip archive that cannot be read: ${message(error)}`);
  }
  const document = parts.get(DOCX_PARTS.document);
  if (document === undefined)
    throw new UnreadableDocumentError(
      file,
      "the file is a zip archive but not a Word document (it has no word/document.xml)",
    );
  try {
    const model = readDocx(document.toString("utf8"), parts.get(DOCX_PARTS.relationships)?.toString("utf8"));
    return { format: "docx", model, uncertain: [] };
  } catch (error) {
    throw new UnreadableDocumentError(file, `the Word document cannot be read: ${message(error)}`);
  }
}

/** A PDF with a text layer. */
export async function readPdfPlan(file: string, bytes: Buffer): Promise<PlanSource> {
  try {
    return { format: "pdf", ...(await readPdf(new Uint8Array(bytes))) };
  } catch (error) {
    throw new UnreadableDocumentError(file, message(error));
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Whether the bytes are UTF-8 text: valid UTF-8 without a NUL byte. */
export function isUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The extracted text form, a byte order mark dropped. */
export const readTextPlan = (bytes: Buffer): PlanSource => ({
  format: "text",
  text: utf8.decode(bytes).replace(/^\uFEFF/, ""),
});
