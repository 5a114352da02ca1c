import type { SeedRecord } from "../seed/records/index.js";
import { cellText, stripTags } from "./cell-text.js";
import { periodIn } from "./norwegian-dates.js";
import { targetGroupsIn } from "./plan-head.js";
import type { Finding } from "./report.js";
import { type Vocabulary, namedIn } from "./vocabulary.js";

const COLUMNS = ["HVA", "HVORDAN", "MÅLGRUPPE", "NÅR", "ANSVAR"] as const;
type Column = (typeof COLUMNS)[number];

/** Where a table of measures (HVA / HVORDAN / MÅLGRUPPE / NÅR / ANSVAR) begins; else -1. */
export function measuresTableStart(lines: readonly string[]): number {
  return lines.findIndex((line) => {
    const cells = line.split("\t").map((c) => stripTags(c).toUpperCase());
    return COLUMNS.every((name) => cells.includes(name));
  });
}

interface MeasureRow {
  line: number;
  number: number;
  cells: Record<Column, string>;
}

/**
 * Reads a table of measures: each "Tiltak N" row becomes an initiative of the network,
 * with its period (NÅR), target groups (MÅLGRUPPE, else HVA) and the institutions
 * responsible (ANSVAR). A row with an empty first cell continues the row above (a page break).
 */
export function readMeasuresTable(
  lines: readonly string[],
  start: number,
  context: {
    document: string;
    network: string;
    scheme: string;
    fallbackPeriod?: { from: string; to: string };
  },
  vocabulary: Vocabulary,
  findings: Finding[],
): SeedRecord<"initiatives">[] {
  const header = (lines[start] ?? "").split("\t").map((c) => stripTags(c).toUpperCase());
  const index = Object.fromEntries(COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<Column, number>;
  const rows: MeasureRow[] = [];
  // Every cell's text with its secrets left out; one finding per line that had any.
  const secretLines = new Set<number>();
  const cell = (raw: string | undefined, line: number) => {
    const read = cellText(raw ?? "");
    if (read.hadSecrets && !secretLines.has(line)) {
      secretLines.add(line);
      findings.push({
        kind: "secret",
        line,
        where: "Tiltakstabellen",
        text: "",
        message: "utelatt en møtelenke, møte-ID eller et passord",
      });
    }
    return read.text;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.trim() === "") continue;
    const cells = text.split("\t");
    const label = stripTags(cells[0] ?? "");
    const number = /^tiltak\s+(\d+)/i.exec(label)?.[1];
    const previous = rows[rows.length - 1];
    if (number !== undefined) {
      rows.push({
        line: i + 1,
        number: Number(number),
        cells: Object.fromEntries(COLUMNS.map((c) => [c, cell(cells[index[c]], i + 1)])) as Record<Column, string>,
      });
    } else if (cells.length > 1 && label === "" && previous) {
      for (const c of COLUMNS) {
        const more = cell(cells[index[c]], i + 1);
        if (more === "") continue;
        const before = previous.cells[c];
        previous.cells[c] = before === "" ? more : /[/-]$/.test(before) ? `${before}${more}` : `${before} ${more}`;
      }
    } else {
      findings.push({
        kind: "skipped",
        line: i + 1,
        where: "Tiltakstabellen",
        text: text.trim(),
        message: "ikke en rad i tabellen (et sidehode?)",
      });
    }
  }

  return rows.map((row): SeedRecord<"initiatives"> => {
    const { HVA: what, HVORDAN: how, MÅLGRUPPE: audience, NÅR: when, ANSVAR: responsible } = row.cells;
    const where = `Tiltakstabellen, rad Tiltak ${row.number}`;
    let period = periodIn(when);
    if (!period) {
      findings.push({
        kind: "unreadable",
        line: row.line,
        where,
        text: when,
        message: "ingen periode i NÅR; tabellens periode er brukt",
      });
      period = context.fallbackPeriod;
    }
    const responsibleInstitutions = namedIn(responsible, vocabulary.institutions).map((i) => i.id);
    const targetGroups = targetGroupsIn(audience).length > 0 ? targetGroupsIn(audience) : targetGroupsIn(what);
    const record: SeedRecord<"initiatives"> = {
      id: `${context.network}-tiltak-${row.number}`,
      name: what,
      kind: "measure",
      scheme: context.scheme,
      network: context.network,
      period: period ?? { from: "" },
      periodText: when,
      partners: responsibleInstitutions,
      // As the seeds write it.
      source: { document: context.document, location: `Table of measures, row Tiltak ${row.number}` },
    };
    if (targetGroups.length > 0) record.targetGroups = targetGroups as SeedRecord<"initiatives">["targetGroups"];
    if (audience) record.audience = audience;
    if (how) record.how = how;
    if (responsible) record.responsible = responsible;
    if (responsibleInstitutions.length > 0) record.responsibleInstitutions = responsibleInstitutions;
    return record;
  });
}
