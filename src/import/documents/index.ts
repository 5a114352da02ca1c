/**
 * The import's one dispatcher: a file is recognised by its content against the table of
 * formats (./formats.ts) and read by that format's reader, for `npm run import`, POST
 * /import and importPlan alike.
 */
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import type { ImportLimits } from "../../config/index.js";
import { ImportTooLargeError, readableSize, UnreadableDocumentError } from "./errors.js";
import { type AcceptedFormat, ACCEPTED_FORMATS, type Content, REFUSED_FORMATS } from "./formats.js";
import type { PlanSource } from "./plan-source.js";

export type { FormatExtension } from "./formats.js";
export type { PlanFormat, PlanSource } from "./plan-source.js";

/** An accepted format, or what a refused file is and what to do instead. */
export type Recognised =
  { accepted: true; format: (typeof ACCEPTED_FORMATS)[number] } | { accepted: false; label: string; advice?: string };

const list = (items: string[]) =>
  items.length < 3 ? items.join(" or ") : `${items.slice(0, -1).join(", ")}, or ${items.at(-1)}`;
const accepted = (kind: AcceptedFormat["kind"]) =>
  list(ACCEPTED_FORMATS.filter((f) => f.kind === kind).map((f) => f.accepts));

/** The forms a file may take, for messages. */
export const ACCEPTED_TYPES = `a plan as ${accepted("plan")}, or a membership or partnership table as ${accepted("spreadsheet")}`;

/** What a file is, by its first bytes (magic numbers) and, for text, by what it holds. */
export async function recogniseFormat(bytes: Buffer): Promise<Recognised> {
  const sniff = { bytes, type: await fileTypeFromBuffer(bytes) };
  const format = ACCEPTED_FORMATS.find((f) => f.recognise(sniff));
  if (format) return { accepted: true, format };
  const refused = REFUSED_FORMATS.find((f) => f.recognise(sniff));
  if (refused) return { accepted: false, label: refused.label, ...(refused.advice ? { advice: refused.advice } : {}) };
  // A type file-type knows and the table does not name (its last entry takes all else).
  return { accepted: false, label: `a .${sniff.type?.ext ?? "bin"} file (${sniff.type?.mime ?? "unknown type"})` };
}

/** Reads a file of an accepted format with its reader, within IMPORT_MAX_BYTES; `file` names it in messages. */
export async function readContent(
  file: string,
  bytes: Buffer,
  format: AcceptedFormat,
  limits: ImportLimits,
): Promise<Content> {
  if (bytes.length > limits.maxBytes)
    throw new ImportTooLargeError(
      `${path.basename(file)} is ${readableSize(bytes.length)}; the importer reads files of at most ${readableSize(limits.maxBytes)} (IMPORT_MAX_BYTES). Nothing was imported.`,
    );
  return format.read(file, bytes, limits);
}

/** Reads a file that should be a plan (Word, PDF or text); any other is refused with what it is. */
export async function readPlanSource(file: string, bytes: Buffer, limits: ImportLimits): Promise<PlanSource> {
  const found = await recogniseFormat(bytes);
  if (found.accepted && found.format.kind === "plan") {
    const content = await readContent(file, bytes, found.format, limits);
    if (content.kind === "plan") return content.source;
  }
  const what = found.accepted ? found.format.label : `${found.label}${found.advice ? `; ${found.advice}` : ""}`;
  throw new UnreadableDocumentError(
    file,
    `the file is neither a Word document (.docx), a PDF nor UTF-8 text: it is ${what}`,
  );
}
