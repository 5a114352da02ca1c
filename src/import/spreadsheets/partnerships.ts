/**
 * The partnership table as Vedlegg 5 writes it: a row per network, a column per institution
 * ("NTNU/SEPU" for two), and in each cell the people who support the network from there.
 * A name in parentheses is a backup; a parenthesised institution ("(NTNU)") says which
 * institution of the column the cell's people come from; other parenthesised text is the
 * cell's note. A row is the whole list of the network's supporters from the table's
 * institutions: the import sets them to exactly these.
 */
import type { Finding } from "../report.js";
import { allNamed } from "../vocabulary.js";
import { placeIn, sheetSource, type Table } from "./headers.js";
import type { SheetGraph, Support } from "./state.js";

type PartnershipTable = Extract<Table, { kind: "partnerships" }>;

/** The supports a cell lists, for the institutions of its column. */
export interface CellSupports {
  network: string;
  /** The institutions of the column: the supports of the network from these are replaced. */
  institutions: string[];
  supports: Support[];
  /** Where the cell stands, for the source of what it writes. */
  location: string;
}

/** The table is Vedlegg 5's, "partnerskap innenfor Kompetanseløftet": its scheme, besides any a note names. */
export const TABLE_SCHEME = "kompetanseloftet";

const PARTICLES = new Set(["van", "der", "den", "de", "von", "af", "av", "la", "le", "du", "di", "da"]);
/** A person's name has no lower-case word but particles ("Jana van der Zwart-Langner"); a note does. */
const isNote = (text: string) => text.split(/\s+/).some((word) => /^\p{Ll}{2,}/u.test(word) && !PARTICLES.has(word));
const namesIn = (text: string) =>
  text
    .split(/,|;|(?<!\s)\s+og\s+|(?<!\s)\s+&\s+|\n/)
    .map((n) => n.replace(/\s+/g, " ").trim())
    .filter(Boolean);

export interface ParsedCell {
  primary: string[];
  backup: string[];
  /** Parenthesised institution names, e.g. "NTNU" in "(NTNU)". */
  markers: string[];
  notes: string[];
}

/** "Lars H. Wettre, Anita Vangstad (Anne-Lise Holmvik)" → primary, backup; notes and markers apart. */
export function parseCell(text: string, isInstitution: (name: string) => boolean): ParsedCell {
  const cell: ParsedCell = { primary: [], backup: [], markers: [], notes: [] };
  const outside = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const content = inner.trim();
    if (content === "") return " ";
    if (isInstitution(content)) cell.markers.push(content);
    else if (isNote(content)) cell.notes.push(content);
    else cell.backup.push(...namesIn(content));
    return " ";
  });
  cell.primary = namesIn(outside);
  return cell;
}

export function readPartnerships(
  document: string,
  table: PartnershipTable,
  graph: SheetGraph,
  findings: Finding[],
): CellSupports[] {
  const { sheet, headerRow } = table;
  const institutionsOf = (name: string) => allNamed(name, graph.institutions);
  const columns = table.institutions.flatMap(({ header, column }) => {
    const parts = header.split("/").map((p) => p.trim());
    const ids = parts.map((p) => institutionsOf(p)[0]?.id);
    if (ids.every((id) => id !== undefined)) return [{ header, column, institutions: ids as string[] }];
    findings.push({
      kind: "unknown",
      ...placeIn(sheet, headerRow.number, header),
      text: header,
      message: "nevner ingen institusjon i grafen: kolonnen er utelatt (institusjoner opprettes aldri)",
    });
    return [];
  });
  const cells: CellSupports[] = [];
  for (const row of sheet.rows.filter((r) => r.number > headerRow.number)) {
    const networkText = (row.cells[table.network] ?? "").trim();
    if (networkText === "") {
      if (row.cells.some((c) => c.trim() !== ""))
        findings.push({
          kind: "skipped",
          ...placeIn(sheet, row.number),
          text: "",
          message: "ikke noe nettverk i raden: utelatt",
        });
      continue;
    }
    const network = allNamed(networkText, graph.networks)[0];
    if (!network) {
      findings.push({
        kind: "unknown",
        ...placeIn(sheet, row.number),
        text: networkText,
        message: "ingen nettverk med dette navnet i grafen: raden er utelatt (nettverk opprettes aldri)",
      });
      continue;
    }
    for (const column of columns) {
      const where = placeIn(sheet, row.number, column.header);
      const location = `${document}: ${sheetSource(sheet)}rad ${row.number}, kolonne «${column.header}»`;
      const supports = readCell(
        row.cells[column.column] ?? "",
        network.id,
        column.institutions,
        graph,
        where,
        findings,
      );
      if (supports) cells.push({ network: network.id, institutions: column.institutions, supports, location });
      else
        findings.push({
          kind: "skipped",
          ...where,
          text: "",
          message: `støttepersonene til ${network.id} fra ${column.header} er ikke endret: en celle med et navn som ikke kunne leses, er ikke hele listen`,
        });
    }
  }
  return cells;
}

/** The cell's supports, or undefined when a name in it cannot be told (the cell is then left as it is). */
function readCell(
  text: string,
  network: string,
  institutions: string[],
  graph: SheetGraph,
  where: Pick<Finding, "where" | "location">,
  findings: Finding[],
): Support[] | undefined {
  const cell = parseCell(text, (name) => allNamed(name, graph.institutions).length === 1);
  const marked = cell.markers.map((m) => allNamed(m, graph.institutions)[0]?.id).filter((id) => id !== undefined);
  const note = cell.notes.length > 0 ? cell.notes.join("; ") : null;
  const noted = cell.notes.join(" ").toLowerCase();
  const schemes = [
    ...new Set([
      ...graph.schemes.filter((s) => s.names.some((n) => noted.includes(n.toLowerCase()))).map((s) => s.id),
      TABLE_SCHEME,
    ]),
  ];
  let readable = true;
  const supports: Support[] = [];
  for (const [role, names] of [
    ["PRIMARY", cell.primary],
    ["BACKUP", cell.backup],
  ] as const) {
    for (const name of names) {
      const people = allNamed(name, graph.people);
      const person = people.length === 1 ? people[0] : undefined;
      if (!person) {
        // The name is the planner's own text, shown back to them; it is never stored.
        findings.push({
          kind: "unknown",
          ...where,
          text: name,
          message:
            people.length > 1
              ? "flere personer i grafen har dette navnet"
              : "ingen person med dette navnet i grafen: ikke opprettet (personer legges til i seeds/people.yaml, se docs/personal-data.md)",
        });
        readable = false;
        continue;
      }
      const institution =
        institutions.length === 1
          ? institutions[0]
          : (marked.find((id) => institutions.includes(id)) ??
            (person.affiliation && institutions.includes(person.affiliation) ? person.affiliation : undefined));
      if (!institution) {
        findings.push({
          kind: "flagged",
          ...where,
          text: name,
          message: `kan ikke se hvilken av ${institutions.join(", ")} ${person.id} støtter fra: skriv den i parentes, f.eks. (NTNU)`,
        });
        readable = false;
        continue;
      }
      if (person.affiliation && person.affiliation !== institution)
        findings.push({
          kind: "flagged",
          ...where,
          text: name,
          message: `${person.id} er tilknyttet ${person.affiliation} i grafen, men står under ${institution} her: importert under ${institution}`,
        });
      if (supports.some((s) => s.person === person.id)) continue;
      supports.push({ person: person.id, network, institution, role, schemes, note });
    }
  }
  return readable ? supports : undefined;
}
