/**
 * One neutral model of a plan document, whatever its format: what each reader (Word, PDF)
 * produces and what the renderer turns into the text form the plan readers take.
 */

/** Where in the document a block or row stands (or, in a spreadsheet, a cell); numbers are 1-based. */
export interface Location {
  /** A workbook's sheet (a .csv file has none). */
  sheet?: string;
  page?: number;
  /** The table's number in the document (tables that continue over a page count once). */
  table?: number;
  row?: number;
  /** A spreadsheet's column: its header as written, or its number. */
  column?: string | number;
}

/** A plan's table has a handful of columns; a count beyond this is not a plan's, whatever the file says. */
export const MAX_TABLE_COLUMNS = 64;

export interface Cell {
  /**
   * The cell's paragraphs, each a line of light HTML (<b> for bold, <a href> for links,
   * <br> for a line break inside a paragraph), text escaped.
   */
  paragraphs: string[];
  /** Columns the cell covers (merged across). */
  colSpan: number;
}

export interface Row {
  cells: Cell[];
  location: Location;
}

export type Block =
  { kind: "paragraph"; text: string; location: Location } | { kind: "table"; rows: Row[]; location: Location };

export interface DocumentModel {
  format: "docx" | "pdf";
  blocks: Block[];
}

/** What a reader could not read with confidence: reported, never imported. */
export interface Uncertain {
  location: Location;
  text: string;
  message: string;
}

export interface ReadDocument {
  model: DocumentModel;
  uncertain: Uncertain[];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text as light HTML: the plan readers decode these entities again. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** "side 2, tabell 3, rad 4", "ark «Medlemmer», rad 6, kolonne «DMMH»": a location in words, for the report. */
export function describeLocation(location: Location): string {
  const { column } = location;
  const parts = [
    location.sheet === undefined ? "" : `ark «${location.sheet}»`,
    location.page === undefined ? "" : `side ${location.page}`,
    location.table === undefined ? "" : `tabell ${location.table}`,
    location.row === undefined ? "" : `rad ${location.row}`,
    column === undefined ? "" : typeof column === "number" ? `kolonne ${column}` : `kolonne «${column}»`,
  ];
  return parts.filter(Boolean).join(", ");
}
