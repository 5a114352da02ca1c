// How the Importer says a change in words: the record types, the importer's field names, a
// spreadsheet's change line by line.
import type { ChangeAnswer, SheetChangeAnswer } from "./api/import-upload";

export const TYPE: Record<ChangeAnswer["type"] | SheetChangeAnswer["type"], string> = {
  initiative: "Tiltak",
  forum: "Forum",
  meeting: "Møte",
  membership: "Medlemskap",
  support: "Støtte",
  note: "Datakvalitetsnotat",
};

/** The importer's field names, as the page shows them. */
const FIELD: Record<string, string> = {
  date: "dato",
  endDate: "sluttdato",
  startTime: "start",
  endTime: "slutt",
  online: "digitalt verktøy",
  place: "sted",
  forums: "forum",
  initiatives: "tiltak",
  initiative: "tiltak",
  who: "hvem",
  purpose: "hensikt",
  activities: "aktiviteter",
  scheme: "ordning",
  network: "nettverk",
  periodStart: "periodestart",
  periodEnd: "periodeslutt",
  periodText: "periode",
  partners: "partnere",
  municipalities: "kommuner",
  responsibleInstitutions: "ansvarlige institusjoner",
  targetGroups: "målgrupper",
  audience: "målgruppe",
  how: "hvordan",
  responsible: "ansvar",
  schemes: "ordninger",
  note: "merknad",
};

/** A network's membership status and a supporter's role, in words. */
const STATUS: Record<string, string> = { UNKNOWN: "ukjent", INFERRED: "utledet av planene", LISTED: "oppført" };
const ROLE: Record<string, string> = { PRIMARY: "primær", BACKUP: "reserve" };
const names = (refs: { name: string }[]) => refs.map((r) => r.name).join(", ");

/** What a spreadsheet's change does, line by line. */
export function sheetLines(c: SheetChangeAnswer): string[] {
  switch (c.type) {
    case "membership":
      return [
        ...(c.statusBefore ? [`medlemskap: ${STATUS[c.statusBefore] ?? c.statusBefore} → oppført`] : []),
        ...(c.added.length > 0 ? [`legges til: ${names(c.added)}`] : []),
        ...(c.removed.length > 0 ? [`fjernes (ikke i listen): ${names(c.removed)}`] : []),
        ...(c.action !== "unchanged" && !c.statusBefore && c.added.length + c.removed.length === 0
          ? ["kilden oppdateres"]
          : []),
      ];
    case "support": {
      const who = `${c.person.name} fra ${c.institution.name} som ${ROLE[c.role]}`;
      if (c.action === "remove") return [`${who}: står ikke lenger i tabellen`];
      const other = c.details.filter((d) => !d.startsWith("role:")).map(detail);
      if (c.action === "create") return [who, ...other.filter((d) => d.startsWith("merknad"))];
      return [
        who,
        ...(c.roleBefore ? [`rolle: ${ROLE[c.roleBefore]} → ${ROLE[c.role]}`] : []),
        ...(c.action === "update" ? other : []),
      ];
    }
    case "note":
      return [`${c.field} «${c.original}» rettes til «${c.corrected ?? ""}»`, c.note];
  }
}

/** The graph's values of a meeting's form, in words. */
const MODE: Record<string, string> = { '"DIGITAL"': "digitalt", '"PHYSICAL"': "fysisk", '"HYBRID"': "hybrid" };

export function detail(text: string): string {
  const match = /^(\w+): (.*)$/s.exec(text);
  if (match?.[1] === "mode") return `form: ${match[2]?.replace(/"[A-Z]+"/g, (v) => MODE[v] ?? v)}`;
  if (match?.[1] && FIELD[match[1]]) return `${FIELD[match[1]]}: ${match[2]}`;
  if (text.startsWith("shared with another plan")) return "møtet finnes i en annen plan og kobles til denne";
  return text;
}
