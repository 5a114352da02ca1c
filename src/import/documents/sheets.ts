/**
 * A spreadsheet read into plain rows of text: an .xlsx workbook (./xlsx.ts; every sheet) or a
 * .csv file (csv-parse; UTF-8 with or without BOM, or Windows-1252 as older Excel saves it;
 * `;` or `,` separated). What a cell holds is read as a planner sees it: rich text as its
 * text, a formula as its cached value, a date as YYYY-MM-DD.
 */
import { parse } from "csv-parse/sync";
import { importDefaults } from "../../config/index.js";
import { ImportTooLargeError, UnreadableSpreadsheetError } from "./errors.js";
import { MAX_TABLE_COLUMNS } from "./model.js";
import { readXlsx } from "./xlsx.js";
import { readZip, type ZipLimits } from "./zip.js";

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

/** The rows a header may stand in: a title or a blank line or two may come first. */
export const HEADER_ROWS = 10;

/**
 * Whether text is one of the tables: its first line is separated by `;` or `,`, holds no tab
 * (an extracted plan is tab-separated) and no NUL byte.
 */
export function isCsvTable(bytes: Buffer): boolean {
  const head = decode(bytes.subarray(0, 4096)).split(/\r?\n/, 1)[0] ?? "";
  // Both tables start with a Nettverk column: a plan whose title holds a comma is not a CSV.
  return !head.includes("\t") && /[;,]/.test(head) && /nettverk/i.test(head) && !bytes.includes(0);
}

/** UTF-8 (a BOM is dropped), or Windows-1252 when the bytes are not UTF-8. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * A sheet is read only until its rows pass what one import reads (IMPORT_MAX_RECORDS, after a
 * header in the first HEADER_ROWS rows), and a workbook until its cells pass that many rows
 * of MAX_TABLE_COLUMNS columns.
 */
export async function readSheets(
  file: string,
  bytes: Buffer,
  format: SpreadsheetFormat,
  zipLimits: ZipLimits,
  maxRecords: number = importDefaults.maxRecords,
): Promise<Sheet[]> {
  if (format === "csv") {
    try {
      return [readCsv(bytes)];
    } catch (error) {
      throw new UnreadableSpreadsheetError(`${file} is not a readable .csv table (${String(error)}).`);
    }
  }
  try {
    await readZip(file, bytes, zipLimits);
  } catch (error) {
    if (error instanceof ImportTooLargeError) throw error;
    throw new UnreadableSpreadsheetError(`${file} is not a readable .xlsx workbook (${String(error)}).`);
  }
  const maxRows = maxRecords + HEADER_ROWS;
  try {
    return await readXlsx(bytes, { maxRows, maxCells: maxRows * MAX_TABLE_COLUMNS });
  } catch (error) {
    if (error instanceof ImportTooLargeError)
      throw new ImportTooLargeError(
        `${file}: ${error.message}; one import reads at most ${maxRecords} rows (IMPORT_MAX_RECORDS) of at most ${MAX_TABLE_COLUMNS} columns. Nothing was imported.`,
      );
    throw new UnreadableSpreadsheetError(`${file} is not a readable .xlsx workbook (${String(error)}).`);
  }
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
