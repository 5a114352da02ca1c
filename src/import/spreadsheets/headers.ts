/**
 * Which table a spreadsheet holds, found by its header row as planners write it, without
 * regard to case or spaces ("Kommune nummer", "KOMMUNENUMMER"). The first sheet whose
 * headers make a table is the one read.
 */
import { describeLocation, type Location } from "../documents/model.js";
import type { Finding } from "../report.js";
import { HEADER_ROWS, type Row, type Sheet } from "../documents/sheets.js";

/** The header forms each column is known by (compared as `key` makes them). */
export const HEADERS = {
  network: ["Nettverk", "Kompetansenettverk", "Region"],
  municipality: ["Kommune", "Kommunenavn"],
  municipalityNumber: ["Kommunenummer", "Kommunenr", "Knr"],
} as const;

/** "Kommune nummer:" → "kommunenummer". */
export const key = (header: string) =>
  header
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/(?<![:.])[:.]+$/, "");

const columnOf = (row: Row, forms: readonly string[]) => {
  const keys = forms.map(key);
  return row.cells.findIndex((cell) => keys.includes(key(cell)));
};

export interface MembershipColumns {
  network: number;
  /** -1 when the table has no such column. */
  municipality: number;
  municipalityNumber: number;
}

/** The institution columns of a partnership table: the header as written and its column. */
export interface InstitutionColumn {
  header: string;
  column: number;
}

export type Table =
  | { kind: "membership"; sheet: Sheet; headerRow: Row; columns: MembershipColumns }
  | { kind: "partnerships"; sheet: Sheet; headerRow: Row; network: number; institutions: InstitutionColumn[] };

export class MissingHeaderError extends Error {
  override name = "MissingHeaderError";
}

export const sheetLabel = (sheet: Sheet) => (sheet.name === undefined ? "" : `sheet «${sheet.name}», `);
/** A finding's place in a spreadsheet: sheet, row and column, and the same in words. */
export function placeIn(sheet: Sheet, row?: number, column?: string | number): Pick<Finding, "where" | "location"> {
  const location: Location = {
    ...(sheet.name === undefined ? {} : { sheet: sheet.name }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  };
  return { where: describeLocation(location) || "hele filen", location };
}

/** The same in Norwegian, for the sources stored in the graph (as seeds/ writes them). */
export const sheetSource = (sheet: Sheet) => (sheet.name === undefined ? "" : `ark «${sheet.name}», `);

/**
 * The first table in the workbook: a membership table (Nettverk and Kommune or
 * Kommunenummer) or a partnership table (Nettverk, then a column per institution, whose
 * header `isInstitution` recognises). Fails with the header that is missing.
 */
export function findTable(file: string, sheets: readonly Sheet[], isInstitution: (header: string) => boolean): Table {
  const problems: string[] = [];
  for (const sheet of sheets) {
    const found = tableIn(sheet, isInstitution);
    if (typeof found !== "string") return found;
    problems.push(`${sheetLabel(sheet) || "the file "}${found}`);
  }
  throw new MissingHeaderError(
    `${file}: found no membership table (headers «Nettverk» and «Kommune» or «Kommunenummer») and no partnership table («Nettverk», then one column per institution, e.g. «DMMH»): ${problems.join("; ") || "the file is empty"}. Nothing was imported.`,
  );
}

function tableIn(sheet: Sheet, isInstitution: (header: string) => boolean): Table | string {
  for (const row of sheet.rows.slice(0, HEADER_ROWS)) {
    const network = columnOf(row, HEADERS.network);
    if (network < 0) continue;
    const municipality = columnOf(row, HEADERS.municipality);
    const municipalityNumber = columnOf(row, HEADERS.municipalityNumber);
    if (municipality >= 0 || municipalityNumber >= 0) {
      return { kind: "membership", sheet, headerRow: row, columns: { network, municipality, municipalityNumber } };
    }
    const others = row.cells
      .map((header, column) => ({ header: header.trim(), column }))
      .filter(({ header, column }) => column !== network && header !== "");
    if (others.some(({ header }) => isInstitution(header))) {
      return { kind: "partnerships", sheet, headerRow: row, network, institutions: others };
    }
    return `row ${row.number} has «${row.cells[network]}» but neither «Kommune» nor «Kommunenummer» (a membership table) nor a column named after an institution (a partnership table)`;
  }
  return `has no header «Nettverk» (or «Kompetansenettverk») in its first ${HEADER_ROWS} rows`;
}
