/**
 * The one table of the file formats the importer knows: how each is recognised from its
 * bytes (never from its name), its label for messages and, for a format it accepts, the
 * reader that turns its bytes into a plan's source or a table's rows; for one it refuses,
 * the advice the refusal gives. The first entry that recognises a file is what it is.
 * A new format is one entry here and one reader.
 */
import type { FileTypeResult } from "file-type";
import type { ImportLimits } from "../../config/index.js";
import { DOCX_PARTS } from "./docx.js";
import { isUtf8Text, type PlanSource, readPdfPlan, readTextPlan, readWord } from "./plan-source.js";
import { isCsvTable, readSheets, type Sheet } from "./sheets.js";
import { zipLimits } from "./zip.js";

/** A file's first bytes, and what file-type tells of them (undefined for text). */
interface Sniff {
  bytes: Buffer;
  type: FileTypeResult | undefined;
}

/** What an accepted file holds: a plan's source for the plan readers, or a table's rows. */
export type Content = { kind: "plan"; source: PlanSource } | { kind: "spreadsheet"; sheets: Sheet[] };

interface Entry {
  recognise: (sniff: Sniff) => boolean;
  /** What the file is, as an editor knows it: "a PNG image". */
  label: string;
}

export interface AcceptedFormat extends Entry {
  kind: Content["kind"];
  /** The extension a stored name ends with (src/import/upload/document-name.ts). */
  extension: string;
  /** How the list of accepted forms names it. */
  accepts: string;
  /** Reads the file; `file` names it in messages. The bytes are within IMPORT_MAX_BYTES. */
  read: (file: string, bytes: Buffer, limits: ImportLimits) => Promise<Content>;
}

export interface RefusedFormat extends Entry {
  /** What to do instead: "save it as .docx". */
  advice?: string;
}

// Entry names are stored uncompressed, in the local headers and the central directory.
const zipHolds = ({ bytes, type }: Sniff, part: string) =>
  (type?.ext === "zip" || type?.ext === "docx" || type?.ext === "xlsx") && bytes.includes(part);
const isType =
  (...extensions: string[]) =>
  ({ type }: Sniff) =>
    type !== undefined && extensions.includes(type.ext);
const isText = ({ type, bytes }: Sniff) => type === undefined && isUtf8Text(bytes);

const plan = async (source: PlanSource | Promise<PlanSource>): Promise<Content> => ({
  kind: "plan",
  source: await source,
});
const spreadsheet = async (sheets: Promise<Sheet[]>): Promise<Content> => ({
  kind: "spreadsheet",
  sheets: await sheets,
});

export const ACCEPTED_FORMATS = [
  {
    extension: "docx",
    kind: "plan",
    label: "a Word document (.docx)",
    accepts: "a Word document (.docx)",
    recognise: (sniff) => sniff.type?.ext === "docx" || zipHolds(sniff, DOCX_PARTS.document),
    read: (file, bytes, limits) => plan(readWord(file, bytes, zipLimits(limits.maxBytes))),
  },
  {
    extension: "pdf",
    kind: "plan",
    label: "a PDF document",
    accepts: "a PDF with a text layer",
    recognise: isType("pdf"),
    read: (file, bytes) => plan(readPdfPlan(file, bytes)),
  },
  {
    extension: "xlsx",
    kind: "spreadsheet",
    label: "an Excel workbook (.xlsx)",
    accepts: "an Excel workbook (.xlsx)",
    // An OOXML workbook (its content types say so) that holds the workbook part the reader opens.
    recognise: (sniff) => sniff.type?.ext === "xlsx" && zipHolds(sniff, "xl/workbook.xml"),
    read: (file, bytes, limits) =>
      spreadsheet(readSheets(file, bytes, "xlsx", zipLimits(limits.maxBytes), limits.maxRecords)),
  },
  {
    extension: "csv",
    kind: "spreadsheet",
    label: "a .csv table",
    accepts: "a .csv file with a «Nettverk» header",
    // In UTF-8 or Windows-1252, as Excel saves it.
    recognise: ({ type, bytes }) => type === undefined && isCsvTable(bytes),
    read: (file, bytes, limits) =>
      spreadsheet(readSheets(file, bytes, "csv", zipLimits(limits.maxBytes), limits.maxRecords)),
  },
  {
    extension: "txt",
    kind: "plan",
    label: "UTF-8 text",
    accepts: "its text as UTF-8 (.txt: tables as tab-separated lines)",
    recognise: isText,
    read: (_file, bytes) => plan(readTextPlan(bytes)),
  },
] as const satisfies readonly AcceptedFormat[];

/** What an accepted file's stored name ends with. */
export type FormatExtension = (typeof ACCEPTED_FORMATS)[number]["extension"];

/**
 * Formats an editor is likely to try, named as they know them; the last two take every file
 * file-type does not know (the dispatcher names any other by file-type's words).
 */
export const REFUSED_FORMATS: readonly RefusedFormat[] = [
  {
    label: "UTF-16 text",
    advice: "save it as UTF-8",
    // Its byte order mark first: file-type may take FF FE for the start of an MPEG frame.
    recognise: ({ bytes }) =>
      bytes.length >= 2 && (bytes.readUInt16BE(0) === 0xfffe || bytes.readUInt16BE(0) === 0xfeff),
  },
  { label: "an old Word or Excel file (.doc, .xls)", advice: "save it as .docx or .xlsx", recognise: isType("cfb") },
  { label: "a Rich Text document (.rtf)", advice: "save it as .docx", recognise: isType("rtf") },
  { label: "an OpenDocument text (.odt)", advice: "save it as .docx", recognise: isType("odt") },
  { label: "an OpenDocument spreadsheet (.ods)", advice: "save it as .xlsx", recognise: isType("ods") },
  { label: "an Excel file without a workbook (.xlsx)", recognise: isType("xlsx") },
  { label: "a ZIP archive", recognise: isType("zip") },
  { label: "a PNG image", recognise: isType("png") },
  { label: "a JPEG image", recognise: isType("jpg") },
  // Text has no NUL byte; a binary format that file-type does not know almost always has one.
  { label: "binary data, not text", recognise: ({ type, bytes }) => type === undefined && bytes.includes(0) },
  { label: "text that is not UTF-8", advice: "save it as UTF-8", recognise: ({ type }) => type === undefined },
];
