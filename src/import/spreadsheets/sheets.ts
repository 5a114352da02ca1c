/**
 * A spreadsheet read into plain rows of text: an .xlsx workbook (exceljs; every sheet) or a
 * .csv file (csv-parse; UTF-8 with or without BOM, or Windows-1252 as older Excel saves it;
 * `;` or `,` separated). What a cell holds is read as a planner sees it: rich text as its
 * text, a formula as its cached value, a date as YYYY-MM-DD.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { checkZip, type ZipLimits } from "./zip-guard.js";

export interface Row {
  /** 1-based, as Excel numbers it. */
  number: number;
  /** The cells' texts by 0-based column; "" for an empty cell. */
  cells: string[];
}

export interface Sheet {
  /** The sheet's name in a workbook; undefined for a .csv file, which is one table. */
  name: string | undefined;
  rows: Row[];
}

export type SpreadsheetFormat = "xlsx" | "csv";

export class UnreadableSpreadsheetError extends Error {
  override name = "UnreadableSpreadsheetError";
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * What a file is, by its content: an .xlsx is a zip holding xl/workbook.xml (a .docx is a
 * zip too, holding word/document.xml); a .csv is text whose first line is separated by `;`
 * or `,` and that holds no tab (an extracted plan is tab-separated).
 */
export function spreadsheetFormat(bytes: Buffer): SpreadsheetFormat | undefined {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    // Entry names are stored uncompressed, in the local headers and the central directory.
    return bytes.includes("xl/workbook.xml") ? "xlsx" : undefined;
  }
  const head = decode(bytes.subarray(0, 4096)).split(/\r?\n/, 1)[0] ?? "";
  // Both tables start with a Nettverk column: a plan whose title holds a comma is not a CSV.
  return !head.includes("\t") && /[;,]/.test(head) && /nettverk/i.test(head) && !bytes.includes(0) ? "csv" : undefined;
}

/** UTF-8 (a BOM is dropped), or Windows-1252 when the bytes are not UTF-8. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export async function readSheets(
  file: string,
  bytes: Buffer,
  format: SpreadsheetFormat,
  zipLimits: ZipLimits,
): Promise<Sheet[]> {
  if (format === "csv") {
    try {
      return [readCsv(bytes)];
    } catch (error) {
      throw new UnreadableSpreadsheetError(`${file} is not a readable .csv table (${String(error)}).`);
    }
  }
  try {
    await checkZip(file, bytes, zipLimits);
  } catch (error) {
    if (error instanceof Error && error.name === "ImportTooLargeError") throw error;
    throw new UnreadableSpreadsheetError(`${file} is not a readable .xlsx workbook (${String(error)}).`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableSpreadsheetError(`${file} is not a readable .xlsx workbook (${String(error)}).`);
  }
  return workbook.worksheets.map(readWorksheet);
}

function readCsv(bytes: Buffer): Sheet {
  const text = decode(bytes).replace(/^\uFEFF/, "");
  const head = text.split(/\r?\n/, 1)[0] ?? "";
  // Norwegian Excel separates with `;` (the comma is the decimal sign); others with `,`.
  const delimiter = head.includes(";") ? ";" : ",";
  const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  return {
    name: undefined,
    rows: records.map((cells, i) => ({ number: i + 1, cells: cells.map((c) => c.trim()) })),
  };
}

function readWorksheet(worksheet: ExcelJS.Worksheet): Sheet {
  const rows: Row[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = textOf(cell);
    });
    rows.push({ number, cells: Array.from(cells, (c) => c ?? "") });
  });
  return { name: worksheet.name, rows };
}

/**
 * A merged range's text counts in each row it spans, in its first column only: a network
 * merged down over its municipalities names each of them, and a name merged across two
 * institution columns belongs to the first.
 */
function textOf(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) {
    return cell.master.col === cell.col ? valueText(cell.master.value) : "";
  }
  return valueText(cell.value);
}

function valueText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  if (typeof value === "string" || typeof value === "boolean") return String(value).trim();
  if ("richText" in value)
    return value.richText
      .map((run) => run.text)
      .join("")
      .trim();
  // A link's text only: where it points (a meeting link, say) is never read.
  if ("hyperlink" in value) return valueText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return valueText(value.result as ExcelJS.CellValue);
  if ("error" in value) return "";
  return "";
}
