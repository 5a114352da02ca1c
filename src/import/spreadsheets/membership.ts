/**
 * The membership table: one row per network and municipality (by name in any official
 * form, or by number). A network's rows are its whole membership: the import sets its
 * members to exactly these. An empty Nettverk cell continues the network of the row above.
 */
import { slugify } from "../cell-text.js";
import type { Finding } from "../report.js";
import { allNamed } from "../vocabulary.js";
import { placeIn, sheetSource, type Table } from "./headers.js";
import type { SheetGraph } from "./state.js";

/** A correction the import proposes, stored as a DataQualityNote on the network. */
export interface ProposedNote {
  id: string;
  subjectType: "Network";
  subjectId: string;
  field: string;
  original: string;
  corrected: string | null;
  note: string;
  sources: string[];
}

export interface ListedMembership {
  network: string;
  members: string[];
  /** The rows it stands in, for its source. */
  rows: number[];
  notes: ProposedNote[];
}

type MembershipTable = Extract<Table, { kind: "membership" }>;
type Municipality = SheetGraph["municipalities"][number];

/** "1, 2, 3, 5" → "2–4, 5"-style ranges for a source: "rad 2–4, 6". */
export function rowRanges(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] as number;
    parts.push(end === start ? `${start}` : `${start}–${end}`);
  }
  return `${sorted.length === 1 ? "rad" : "rader"} ${parts.join(", ")}`;
}

/** A number as Excel may show it: 301 for 0301, "50 41" with a space. */
const numberIn = (text: string) => {
  const digits = text.replace(/\s/g, "");
  return /^\d{3,4}$/.test(digits) ? digits.padStart(4, "0") : undefined;
};

export function readMembership(
  document: string,
  table: MembershipTable,
  graph: SheetGraph,
  findings: Finding[],
): ListedMembership[] {
  const { sheet, headerRow, columns } = table;
  const listed = new Map<string, ListedMembership>();
  /** Networks with a row that could not be read: left as they are. */
  const incomplete = new Set<string>();
  let network: SheetGraph["networks"][number] | undefined;
  let networkText = "";
  for (const row of sheet.rows.filter((r) => r.number > headerRow.number)) {
    const cell = (column: number) => (column < 0 ? "" : (row.cells[column] ?? "").trim());
    const where = placeIn(sheet, row.number);
    const name = cell(columns.municipality);
    const numberText = cell(columns.municipalityNumber);
    if (cell(columns.network) === "" && name === "" && numberText === "") continue;
    if (cell(columns.network) !== "") {
      networkText = cell(columns.network);
      network = allNamed(networkText, graph.networks)[0];
      if (!network)
        findings.push({
          kind: "unknown",
          ...where,
          text: networkText,
          message: "ingen nettverk med dette navnet i grafen: radene er utelatt (nettverk opprettes aldri)",
        });
    }
    if (!network) {
      if (networkText === "")
        findings.push({
          kind: "unreadable",
          ...where,
          text: name,
          message: "ikke noe nettverk er nevnt over denne raden",
        });
      continue;
    }
    const entry = listed.get(network.id) ?? { network: network.id, members: [], rows: [], notes: [] };
    listed.set(network.id, entry);
    entry.rows.push(row.number);
    const source = `${document}: ${sheetSource(sheet)}rad ${row.number}`;
    const found = municipalityOf(name, numberText, graph, where, network.id, source, entry, findings);
    if (!found) {
      incomplete.add(network.id);
      continue;
    }
    if (network.county.length > 0 && !network.county.includes(found.county))
      findings.push({
        kind: "flagged",
        ...where,
        text: name || numberText,
        message: `${found.name} (${found.number}) ligger i ${found.county}, ikke i fylket til ${network.names[0]}: ført opp som skrevet; sjekk raden`,
      });
    if (!entry.members.includes(found.id)) entry.members.push(found.id);
  }
  for (const id of incomplete) {
    findings.push({
      kind: "skipped",
      ...placeIn(sheet),
      text: "",
      message: `medlemskapet til ${id} er ikke endret: en liste med en rad som ikke kunne leses, er ikke hele listen`,
    });
    listed.delete(id);
  }
  return [...listed.values()].filter((m) => m.members.length > 0);
}

/**
 * The municipality of a row. Name and number must agree; where one of them names no
 * municipality and the other one does, the other decides and a data-quality note says so.
 */
function municipalityOf(
  name: string,
  numberText: string,
  graph: SheetGraph,
  where: Pick<Finding, "where" | "location">,
  network: string,
  source: string,
  entry: ListedMembership,
  findings: Finding[],
): Municipality | undefined {
  const number = numberIn(numberText);
  const byNumber = number ? graph.municipalities.find((m) => m.number === number) : undefined;
  const byName = name ? allNamed(name, graph.municipalities) : [];
  const written = [name, numberText].filter(Boolean).join(" ");
  /** `why` is the data-quality note (English, as the seeds write them); `shown` the report's message. */
  const note = (field: string, original: string, found: Municipality, why: string, shown: string) => {
    entry.notes.push({
      id: `Network:${network}:import-${slugify(`${field} ${original}`)}`,
      subjectType: "Network",
      subjectId: network,
      field,
      original,
      corrected: field === "Kommune" ? found.name : found.number,
      note: why,
      sources: [source],
    });
    findings.push({ kind: "corrected", ...where, text: written, message: shown });
  };
  if (name === "" && numberText === "") {
    findings.push({ kind: "unreadable", ...where, text: "", message: "raden nevner ingen kommune" });
    return undefined;
  }
  if (byNumber && (name === "" || byName.includes(byNumber))) return byNumber;
  if (byNumber && byName.length === 0) {
    note(
      "Kommune",
      name,
      byNumber,
      `«${name}» is no municipality's name; the number ${number} is ${byNumber.name}`,
      `«${name}» er ikke navnet på en kommune; nummeret ${number} er ${byNumber.name}`,
    );
    return byNumber;
  }
  if (byNumber) {
    findings.push({
      kind: "flagged",
      ...where,
      text: written,
      message: `navnet er ${byName.map((m) => `${m.name} (${m.number})`).join(" eller ")}, men nummeret er ${byNumber.name}: det går ikke an å se hvilken som menes`,
    });
    return undefined;
  }
  if (byName.length === 1 && byName[0]) {
    if (numberText !== "")
      note(
        "Kommunenummer",
        numberText,
        byName[0],
        `${numberText} is no municipality's number; ${byName[0].name} is ${byName[0].number}`,
        `${numberText} er ikke nummeret til en kommune; ${byName[0].name} har ${byName[0].number}`,
      );
    return byName[0];
  }
  findings.push({
    kind: "unknown",
    ...where,
    text: written,
    message:
      byName.length > 1
        ? `flere kommuner har dette navnet (${byName.map((m) => m.number).join(", ")}): oppgi Kommunenummer`
        : "ingen kommune med dette navnet eller nummeret i det nasjonale registeret (kommuner opprettes aldri)",
  });
  return undefined;
}
