/** What a spreadsheet would change in the graph, record by record, for the dry run and the write. */
import type { ListedMembership, ProposedNote } from "./membership.js";
import type { CellSupports } from "./partnerships.js";
import type { SheetGraph, Support } from "./state.js";

export interface MembershipChange {
  kind: "membership";
  network: string;
  action: "update" | "unchanged";
  members: string[];
  added: string[];
  removed: string[];
  source: string;
  sources: string[];
  details: string[];
}

export interface SupportChange {
  kind: "support";
  action: "create" | "update" | "remove" | "unchanged";
  support: Support;
  /** Where the table states it (for create and update). */
  source: string;
  details: string[];
}

export interface NoteChange {
  kind: "note";
  action: "create" | "unchanged";
  note: ProposedNote;
  details: string[];
}

export type SheetChange = MembershipChange | SupportChange | NoteChange;

/** The text of membershipSource: how the membership is known. */
export const listedBasis = (document: string, sheet: string | undefined, count: number) =>
  `Listet i ${document}${sheet === undefined ? "" : ` (ark «${sheet}»)`}: ${count} ${count === 1 ? "kommune" : "kommuner"}, importert fra regnearket.`;

export function membershipChanges(
  listed: readonly (ListedMembership & { source: string; sources: string[] })[],
  graph: SheetGraph,
): SheetChange[] {
  return listed.flatMap((m) => {
    const now = graph.networks.find((n) => n.id === m.network);
    const before = new Set(now?.members ?? []);
    const added = m.members.filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !m.members.includes(id)).sort();
    const details = [
      ...(now?.membershipStatus === "LISTED" ? [] : [`membershipStatus: ${now?.membershipStatus} → LISTED`]),
      ...(added.length > 0 ? [`members: + ${added.join(", ")}`] : []),
      ...(removed.length > 0 ? [`members: − ${removed.join(", ")} (not in the list)`] : []),
      ...(now?.membershipSource === m.source ? [] : [`membershipSource: "${m.source}"`]),
      ...(JSON.stringify(now?.membershipSources) === JSON.stringify(m.sources)
        ? []
        : [`membershipSources: [${m.sources.join("; ")}]`]),
    ];
    const change: MembershipChange = {
      kind: "membership",
      network: m.network,
      action: details.length > 0 ? "update" : "unchanged",
      members: m.members,
      added,
      removed,
      source: m.source,
      sources: m.sources,
      details,
    };
    const notes = m.notes.map((note): NoteChange => ({
      kind: "note",
      action: graph.notes.includes(note.id) ? "unchanged" : "create",
      note,
      details: [`${note.field}: "${note.original}" → "${note.corrected}": ${note.note}`],
    }));
    return [change, ...notes];
  });
}

const keyOf = (s: Support) => `${s.person}|${s.network}|${s.institution}`;
const sameSet = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

export function supportChanges(cells: readonly CellSupports[], graph: SheetGraph): SheetChange[] {
  const changes: SheetChange[] = [];
  for (const cell of cells) {
    const current = graph.supports.filter(
      (s) => s.network === cell.network && cell.institutions.includes(s.institution),
    );
    for (const wanted of cell.supports) {
      const now = current.find((s) => keyOf(s) === keyOf(wanted));
      const details = now
        ? [
            ...(now.role === wanted.role ? [] : [`role: ${now.role} → ${wanted.role}`]),
            ...(sameSet(now.schemes, wanted.schemes) ? [] : [`schemes: [${now.schemes}] → [${wanted.schemes}]`]),
            ...(now.note === wanted.note ? [] : [`note: ${show(now.note)} → ${show(wanted.note)}`]),
          ]
        : [`role: ${wanted.role}`, `schemes: [${wanted.schemes}]`, ...(wanted.note ? [`note: "${wanted.note}"`] : [])];
      const action = !now ? "create" : details.length > 0 ? "update" : "unchanged";
      changes.push({ kind: "support", action, support: wanted, source: cell.location, details });
    }
    for (const gone of current.filter((s) => !cell.supports.some((w) => keyOf(w) === keyOf(s)))) {
      changes.push({
        kind: "support",
        action: "remove",
        support: gone,
        source: cell.location,
        details: [`${gone.role.toLowerCase()} supporter, not in the table's cell`],
      });
    }
  }
  return changes;
}

const show = (v: string | null) => (v === null ? "(none)" : `"${v}"`);

export function formatSheetChange(change: SheetChange): string[] {
  const mark = { create: "+", update: "~", unchanged: "=", remove: "−" }[change.action];
  const what =
    change.kind === "membership"
      ? `membership of ${change.network}`
      : change.kind === "support"
        ? `support ${change.support.person} → ${change.support.network} (${change.support.institution})`
        : `data-quality note ${change.note.id}`;
  const head = `${mark} ${what}${change.action === "unchanged" ? " (unchanged)" : ""}`;
  return [head, ...(change.action === "unchanged" ? [] : change.details.map((d) => `    ${d}`))];
}
