/**
 * An .xlsx workbook read with a SAX parser, part by part, keeping only what a planner sees in
 * a cell. A workbook states counts and ranges (row and cell numbers, merged ranges, column
 * and validation ranges) that a library would expand into objects; here each is bounded
 * before anything is allocated for it, and a sheet is read only until its rows pass the limit.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl from "yauzl";
import { ImportTooLargeError } from "./errors.js";
import { MAX_TABLE_COLUMNS } from "./model.js";

/** What the reader keeps of a workbook: at most `maxRows` rows with a value in a sheet, `maxCells` cells in all. */
export interface XlsxBounds {
  maxRows: number;
  maxCells: number;
}

export interface XlsxSheet {
  name: string;
  /** Rows that hold a value, by their number; each row's texts by 0-based column. */
  rows: { number: number; cells: string[] }[];
}

/** A workbook that is not one, or that states a count no workbook has. */
export class XlsxError extends Error {
  override name = "XlsxError";
}

// Excel's own bounds: a number beyond them is no workbook's.
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const EXCEL_CELL_STYLES = 65_490;

/** Built-in number formats that show a date or a time (ECMA-376, 18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
for (const id of [45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]) DATE_FORMAT_IDS.add(id);
/** A format code that shows a date: one of its letters outside quotes and brackets (as exceljs tells). */
const isDateCode = (code: string) => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

type Handlers = {
  open?: (tag: SaxesTagPlain, path: string[]) => void;
  close?: (name: string, path: string[]) => void;
  text?: (text: string, path: string[]) => void;
};

/** A SAX parser over a part, told the path of open elements; a document type is refused (entity expansion). */
function parser({ open, close, text }: Handlers): SaxesParser {
  const sax = new SaxesParser({ xmlns: false });
  const path: string[] = [];
  sax.on("doctype", () => {
    throw new XlsxError("a part declares a document type, which Excel never writes");
  });
  sax.on("opentag", (tag) => {
    open?.(tag, path);
    if (tag.isSelfClosing) close?.(tag.name, path);
    else path.push(tag.name);
  });
  sax.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    path.pop();
    close?.(tag.name, path);
  });
  sax.on("text", (t) => text?.(t, path));
  return sax;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const within = (path: string[], name: string) => path.some((p) => localName(p) === name);

/** "AB12" as column 28, row 12; undefined when it is no reference within Excel's grid. */
function cellReference(ref: string | undefined): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref ?? "");
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1] ?? "") column = column * 26 + letter.charCodeAt(0) - 64;
  const row = Number(match[2]);
  return column <= EXCEL_COLUMNS && row <= EXCEL_ROWS ? { column, row } : undefined;
}

const integer = (value: string | undefined) =>
  value !== undefined && /^[0-9]{1,9}$/.test(value) ? Number(value) : NaN;

interface Parts {
  sheets: { name: string; part: string }[];
  date1904: boolean;
  sharedStrings: string[];
  /** Per cell style: whether it shows a date. */
  dateStyles: boolean[];
}

const resolveTarget = (target: string) =>
  target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;

async function openZip(bytes: Buffer) {
  return yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
}

/** Feeds each wanted entry, chunk by chunk, to the parser `parse(name)` makes; the event loop turns between chunks. */
async function eachPart(bytes: Buffer, parse: (name: string) => SaxesParser | undefined): Promise<void> {
  const zip = await openZip(bytes);
  try {
    for await (const entry of zip.eachEntry()) {
      const sax = parse(entry.fileName);
      if (!sax) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const decoder = new TextDecoder("utf-8");
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) sax.write(decoder.decode(chunk, { stream: true }));
        sax.write(decoder.decode()).close();
      } finally {
        stream.destroy();
      }
    }
  } finally {
    zip.close();
  }
}

/** The workbook's sheets, date system, shared strings and which styles show dates. */
async function readParts(bytes: Buffer, bounds: XlsxBounds): Promise<Parts> {
  const sheets: { name: string; id: string }[] = [];
  const targets = new Map<string, string>();
  const sharedStrings: string[] = [];
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  let date1904 = false;
  let text = "";
  await eachPart(bytes, (name) => {
    if (name === "xl/workbook.xml")
      return parser({
        open: (tag) => {
          if (localName(tag.name) === "workbookPr") date1904 = ["1", "true"].includes(tag.attributes.date1904 ?? "");
          if (localName(tag.name) === "sheet")
            sheets.push({ name: tag.attributes.name ?? "", id: tag.attributes["r:id"] ?? "" });
        },
      });
    if (name === "xl/_rels/workbook.xml.rels")
      return parser({
        open: (tag) => {
          const { Id, Target } = tag.attributes;
          if (localName(tag.name) === "Relationship" && Id && Target) targets.set(Id, resolveTarget(Target));
        },
      });
    if (name === "xl/sharedStrings.xml")
      return parser({
        open: (tag) => {
          if (localName(tag.name) !== "si") return;
          if (sharedStrings.length >= bounds.maxCells)
            throw new XlsxError(`it holds more than ${bounds.maxCells} distinct texts`);
          text = "";
        },
        // A phonetic guide (rPh) repeats the text's reading; it is not the text.
        text: (t, path) => void (localName(path[path.length - 1] ?? "") === "t" && !within(path, "rPh") && (text += t)),
        close: (tag) => void (localName(tag) === "si" && sharedStrings.push(text)),
      });
    if (name === "xl/styles.xml")
      return parser({
        open: (tag, path) => {
          const local = localName(tag.name);
          if (local === "numFmt") formats.set(integer(tag.attributes.numFmtId), tag.attributes.formatCode ?? "");
          if (local === "xf" && within(path, "cellXfs")) {
            if (styleFormats.length >= EXCEL_CELL_STYLES)
              throw new XlsxError(`it holds more than ${EXCEL_CELL_STYLES} cell styles`);
            styleFormats.push(integer(tag.attributes.numFmtId));
          }
        },
      });
    return undefined;
  });
  const dateStyles = styleFormats.map((id) => {
    const code = formats.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateCode(code);
  });
  return {
    sheets: sheets.flatMap(({ name, id }) => {
      const part = targets.get(id);
      return part === undefined ? [] : [{ name, part }];
    }),
    date1904,
    sharedStrings,
    dateStyles,
  };
}

const numberText = (value: number) => (Number.isInteger(value) ? String(value) : String(value).replace(".", ","));

/** An Excel serial day as YYYY-MM-DD; a number that is no date stays a number. */
function dateText(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? numberText(serial) : date.toISOString().slice(0, 10);
}

interface CellRead {
  column: number;
  type: string;
  style: number;
  value: string | undefined;
}

/** A cell's text as a planner sees it: a shared or inline string, a formula's cached value, a date as a date. */
function cellText(cell: CellRead, parts: Parts): string {
  const value = cell.value ?? "";
  switch (cell.type) {
    case "s":
      return (parts.sharedStrings[integer(value)] ?? "").trim();
    case "str":
    case "inlineStr":
      return value.trim();
    case "b":
      return String(Number(value) !== 0);
    case "e":
      return "";
    case "d":
      return Number.isNaN(Date.parse(value)) ? value.trim() : new Date(value).toISOString().slice(0, 10);
    default: {
      const number = Number.parseFloat(value);
      if (Number.isNaN(number)) return "";
      return parts.dateStyles[cell.style] ? dateText(number, parts.date1904) : numberText(number);
    }
  }
}

/** One sheet's rows with a value, read until they pass the bounds; merged ranges then filled in. */
function sheetParser(name: string, parts: Parts, bounds: XlsxBounds, budget: { cells: number }) {
  const rows = new Map<number, string[]>();
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  let rowNumber = 0;
  let cell: CellRead | undefined;
  let cells: string[] = [];
  const refuse = (what: string) => new XlsxError(`sheet «${name}» ${what}`);
  const take = () => {
    if (--budget.cells < 0) throw new ImportTooLargeError(`holds more than ${bounds.maxCells} cells with a value`);
  };
  const sax = parser({
    open: (tag) => {
      const local = localName(tag.name);
      if (local === "row") {
        const stated = tag.attributes.r;
        rowNumber = stated === undefined ? rowNumber + 1 : integer(stated);
        if (!(rowNumber >= 1 && rowNumber <= EXCEL_ROWS)) throw refuse(`has a row numbered ${stated}`);
        cells = [];
      } else if (local === "c") {
        const stated = tag.attributes.r;
        const at = stated === undefined ? undefined : cellReference(stated);
        if (stated !== undefined && at === undefined) throw refuse(`has a cell at «${stated}», outside any sheet`);
        cell = {
          column: at?.column ?? (cell?.column ?? 0) + 1,
          type: tag.attributes.t ?? "n",
          style: integer(tag.attributes.s ?? "0"),
          value: undefined,
        };
      } else if (local === "mergeCell") {
        const [from, to = from] = (tag.attributes.ref ?? "").split(":");
        const a = cellReference(from);
        const b = cellReference(to);
        if (!a || !b) throw refuse(`merges the range «${tag.attributes.ref}», outside any sheet`);
        if (merges.length >= bounds.maxCells) throw refuse(`merges more than ${bounds.maxCells} ranges`);
        merges.push({
          top: Math.min(a.row, b.row),
          bottom: Math.max(a.row, b.row),
          left: Math.min(a.column, b.column),
          right: Math.max(a.column, b.column),
        });
      } else if ((local === "v" || local === "is") && cell) cell.value ??= "";
    },
    text: (t, path) => {
      const inner = localName(path[path.length - 1] ?? "");
      if (!cell || !(inner === "v" || (inner === "t" && within(path, "is") && !within(path, "rPh")))) return;
      cell.value = (cell.value ?? "") + t;
    },
    close: (tagName) => {
      const local = localName(tagName);
      if (local === "c" && cell) {
        const text = cell.value === undefined ? undefined : cellText(cell, parts);
        if (text !== undefined && text !== "") {
          if (cell.column > MAX_TABLE_COLUMNS)
            throw refuse(`has a value in column ${cell.column}; a table here has at most ${MAX_TABLE_COLUMNS} columns`);
          take();
          cells[cell.column - 1] = text;
        }
      } else if (local === "row") {
        cell = undefined;
        if (cells.length === 0) return;
        if (!rows.has(rowNumber) && rows.size >= bounds.maxRows)
          throw new ImportTooLargeError(`sheet «${name}» has more than ${bounds.maxRows} rows`);
        rows.set(
          rowNumber,
          Array.from(cells, (c) => c ?? ""),
        );
      }
    },
  });
  const finish = (): XlsxSheet => {
    const numbers = [...rows.keys()].sort((a, b) => a - b);
    // A merged range's text counts in each row it spans that holds a value, in its first column only.
    for (const merge of merges) {
      const master = rows.get(merge.top)?.[merge.left - 1] ?? "";
      const right = Math.min(merge.right, MAX_TABLE_COLUMNS);
      for (let i = firstAtLeast(numbers, merge.top); (numbers[i] ?? Infinity) <= merge.bottom; i++) {
        const number = numbers[i] ?? 0;
        const row = rows.get(number) ?? [];
        for (let column = merge.left; column <= right; column++) {
          if (number === merge.top && column === merge.left) continue;
          take();
          row[column - 1] = column === merge.left ? master : "";
        }
        rows.set(
          number,
          Array.from(row, (c) => c ?? ""),
        );
      }
    }
    return { name, rows: numbers.map((number) => ({ number, cells: rows.get(number) ?? [] })) };
  };
  return { sax, finish };
}

/** The index of the first of ascending `values` that is at least `value`. */
function firstAtLeast(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Reads every sheet of a workbook, in the workbook's order. A sheet with more than
 * `maxRows` rows with a value, or a workbook of more than `maxCells` cells, is refused
 * (ImportTooLargeError) as soon as the reader passes the bound.
 */
export async function readXlsx(bytes: Buffer, bounds: XlsxBounds): Promise<XlsxSheet[]> {
  const parts = await readParts(bytes, bounds);
  const budget = { cells: bounds.maxCells };
  const readers = new Map(parts.sheets.map((s) => [s.part, sheetParser(s.name, parts, bounds, budget)]));
  await eachPart(bytes, (name) => readers.get(name)?.sax);
  return [...readers.values()].map((r) => r.finish());
}
