/**
 * Importing the two tables planners keep in Excel: network membership and the partnership
 * table (Vedlegg 5). Like the text importer: a dry run says what would change; the write is
 * one transaction; importing twice changes nothing; secrets are never read into anything;
 * unknown networks, municipalities, institutions and people are reported, never created.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { importDefaults, type ImportLimits } from "../../config/index.js";
import { findSecrets, redactSecrets } from "../../text/secrets.js";
import { ImportTooLargeError, UnreadableSpreadsheetError } from "../documents/errors.js";
import { readContent, recogniseFormat } from "../documents/index.js";
import type { Sheet } from "../documents/sheets.js";
import type { Finding } from "../report.js";
import { allNamed } from "../vocabulary.js";
import { listedBasis, membershipChanges, type SheetChange, supportChanges } from "./changes.js";
import { findTable, placeIn, sheetSource } from "./headers.js";
import { readMembership, rowRanges } from "./membership.js";
import { readPartnerships } from "./partnerships.js";
import { readSheetGraph, type SheetGraph } from "./state.js";
import { writeSheetChanges } from "./write.js";
export { formatSheetChange } from "./changes.js";

export interface SpreadsheetImport {
  table: "membership" | "partnerships";
  /** The sheet read (undefined for a .csv file). */
  sheet: string | undefined;
  changes: SheetChange[];
  findings: Finding[];
  written: boolean;
}

export interface SpreadsheetFile {
  /** The file's name: it becomes the source of what is written. */
  name: string;
  bytes: Buffer;
}

/** A spreadsheet as read from its file, before it is compared with the graph: what an upload's preview keeps for its commit. */
export interface SpreadsheetRead {
  document: string;
  /** Every sheet, its meeting links, IDs and passcodes left out. */
  sheets: Sheet[];
  /** What reading noticed (the secrets left out). */
  findings: Finding[];
}

/** The diff of a spreadsheet against the graph, and what was noticed on the way. */
export type SpreadsheetDiff = Omit<SpreadsheetImport, "written">;

export async function importSpreadsheet(
  driver: Driver,
  database: string,
  file: SpreadsheetFile,
  options: { dryRun?: boolean; limits?: Partial<ImportLimits> } = {},
): Promise<SpreadsheetImport> {
  const read = await readSpreadsheet(file, options.limits);
  const diff = spreadsheetDiff(read, await readSheetGraph(driver, database), options.limits);
  const pending = diff.changes.some((c) => c.action !== "unchanged");
  if (!options.dryRun && pending) await writeSheetChanges(driver, database, diff.changes);
  return { ...diff, written: !options.dryRun && pending };
}

/** Reads a spreadsheet's bytes (an .xlsx or a .csv, told by its content) into rows of text, within the limits. */
export async function readSpreadsheet(
  file: SpreadsheetFile,
  options: Partial<ImportLimits> = {},
): Promise<SpreadsheetRead> {
  const document = path.basename(file.name);
  const found = await recogniseFormat(file.bytes);
  const content =
    found.accepted && found.format.kind === "spreadsheet"
      ? await readContent(document, file.bytes, found.format, { ...importDefaults, ...options })
      : undefined;
  if (content?.kind !== "spreadsheet")
    throw new UnreadableSpreadsheetError(
      `${document} is neither an .xlsx workbook nor a .csv table. Nothing was imported.`,
    );
  return spreadsheetRead(document, content.sheets);
}

/** A spreadsheet's rows as an import keeps them: the secrets left out, and said so. */
export function spreadsheetRead(document: string, sheets: Sheet[]): SpreadsheetRead {
  const findings: Finding[] = [];
  return { document, sheets: withoutSecrets(sheets, findings), findings };
}

/** What a spreadsheet read would change in the graph as `graph` holds it; reads and writes nothing. */
export function spreadsheetDiff(
  read: SpreadsheetRead,
  graph: SheetGraph,
  options: Partial<ImportLimits> = {},
): SpreadsheetDiff {
  const limits = { ...importDefaults, ...options };
  const { document, sheets } = read;
  const findings = [...read.findings];
  const table = findTable(document, sheets, (header) =>
    header.split("/").every((part) => allNamed(part, graph.institutions).length === 1),
  );
  const records = table.sheet.rows.filter(
    (r) => r.number > table.headerRow.number && r.cells.some((c) => c !== ""),
  ).length;
  if (records > limits.maxRecords)
    throw new ImportTooLargeError(
      `${document} has ${records} rows; one import reads at most ${limits.maxRecords} (IMPORT_MAX_RECORDS). Nothing was imported.`,
    );
  const sheetName = table.sheet.name;
  const changes =
    table.kind === "membership"
      ? membershipChanges(
          readMembership(document, table, graph, findings).map((m) => ({
            ...m,
            source: listedBasis(document, sheetName, m.members.length),
            sources: [`${document}: ${sheetSource(table.sheet)}${rowRanges(m.rows)}`],
          })),
          graph,
        )
      : supportChanges(readPartnerships(document, table, graph, findings), graph);
  for (const other of sheets.filter((s) => s !== table.sheet))
    findings.push({ kind: "skipped", ...placeIn(other), text: "", message: "ikke lest" });
  return { table: table.kind, sheet: sheetName, changes, findings };
}

const DANGLING_LABEL = /(?:^|(?<=[\s,;(]))\p{L}[\p{L}\- ]{0,30}:\s*$/u;

/**
 * Every cell with the workbook's secrets left out: a meeting link, ID or passcode is never
 * read into a record or a report, also where its label stands in another cell.
 */
function withoutSecrets(sheets: Sheet[], findings: Finding[]): Sheet[] {
  const secrets = findSecrets(sheets.flatMap((s) => s.rows.map((r) => r.cells.join("\n"))).join("\n"));
  return sheets.map((sheet) => ({
    name: sheet.name === undefined ? undefined : redactSecrets(sheet.name, secrets).text,
    rows: sheet.rows.map((row) => ({
      number: row.number,
      cells: row.cells.map((cell, column) => {
        const redacted = redactSecrets(cell, secrets).text;
        // A label whose value was left out ("Teams-møte:") is no name: it goes too.
        const text = redacted === cell ? cell : redacted.replace(DANGLING_LABEL, "").trim();
        if (text !== cell)
          findings.push({
            kind: "secret",
            ...placeIn(sheet, row.number, column + 1),
            text: "",
            message: "utelatt en møtelenke, møte-ID eller et passord",
          });
        return text;
      }),
    })),
  }));
}
