import { isSlug } from "../../text/ids.js";
import { withoutSecrets } from "../../text/secrets.js";
import type { Change } from "../changes.js";
import type { Finding } from "../report.js";
import type { SheetChange } from "../spreadsheets/changes.js";
import type { Support } from "../spreadsheets/state.js";
import type { UploadDiff } from "./index.js";
import type { Preview } from "./previews.js";

/** One record the import would create, change, link or leave as it is. */
export interface ChangeAnswer {
  action: Change["action"];
  type: Change["kind"];
  id: string;
  /** The record's name or title as the plan writes it. */
  name: string;
  /** A meeting's date (YYYY-MM-DD). */
  date?: string;
  /** What changes: "field: old → new", or the facts of a new record. */
  details: string[];
  /** A meeting another plan holds too: this plan only links to it. */
  shared: boolean;
}

/** A network, municipality, person or institution: its id and its name in the graph. */
export interface Ref {
  id: string;
  name: string;
}

/** One change a spreadsheet would make, with the names an editor knows. */
export type SheetChangeAnswer = {
  action: SheetChange["action"];
  /** membership: the network's id; support: "person|network|institution"; note: the note's id. */
  id: string;
  network: Ref;
  /** Where the file states it, as the graph's source will say: "medlemskap.xlsx: ark «Medlemmer», rader 4–7". */
  source: string;
  /** What changes, in the importer's words (as `npm run import` prints them). */
  details: string[];
} & (
  | {
      type: "membership";
      /** The membership status before, when the import makes it LISTED. */
      statusBefore: string | null;
      added: Ref[];
      removed: Ref[];
    }
  | {
      type: "support";
      person: Ref;
      institution: Ref;
      role: Support["role"];
      /** The role the graph has now, when it changes. */
      roleBefore: Support["role"] | null;
    }
  | { type: "note"; field: string; original: string; corrected: string | null; note: string }
);

type Counts = Record<Change["action"] | SheetChange["action"], number> & {
  findings: Partial<Record<Finding["kind"], number>>;
};

interface Outcome {
  preview?: { id: string; fingerprint: string; expiresAt: string };
  written?: boolean;
}

export interface PlanAnswer extends Outcome {
  kind: "plan";
  /** The file, the plan's title and layout, and the network it belongs to (for links to its pages). */
  document: { name: string; title: string; layout: string; network: string | null };
  changes: ChangeAnswer[];
  findings: Finding[];
  /** Meetings the graph has under the plan's forums that the plan no longer lists: reported, never deleted. */
  notInPlan: string[];
  counts: Counts;
}

export interface SpreadsheetAnswer extends Outcome {
  kind: "spreadsheet";
  /** The file, which table it holds, the sheet read (null in a .csv), and the networks it changes or confirms. */
  document: { name: string; table: "membership" | "partnerships"; sheet: string | null; networks: Ref[] };
  changes: SheetChangeAnswer[];
  /** Each with its sheet, row and column (`location`). */
  findings: Finding[];
  counts: Counts;
}

export type UploadAnswer = PlanAnswer | SpreadsheetAnswer;

/** Every text of an answer through the secret filter; ids (slugs) are references and stay as they are. */
function filtered<T>(value: T): T {
  if (typeof value === "string") return (isSlug(value) ? value : withoutSecrets(value)) as T;
  if (Array.isArray(value)) return value.map(filtered) as T;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, filtered(item)])) as T;
  }
  return value;
}

function countsOf(changes: readonly { action: keyof Counts }[], found: readonly Finding[]): Counts {
  const count = (action: keyof Counts) => changes.filter((c) => c.action === action).length;
  const findings: Counts["findings"] = {};
  for (const finding of found) findings[finding.kind] = (findings[finding.kind] ?? 0) + 1;
  return {
    create: count("create"),
    update: count("update"),
    link: count("link"),
    remove: count("remove"),
    unchanged: count("unchanged"),
    findings,
  };
}

const outcomeOf = (outcome: { preview: Preview } | { written: boolean }): Outcome =>
  "preview" in outcome
    ? {
        preview: {
          id: outcome.preview.id,
          fingerprint: outcome.preview.fingerprint,
          expiresAt: outcome.preview.expiresAt.toISOString(),
        },
      }
    : { written: outcome.written };

/** The JSON an editor gets for a preview or a commit: the diff, record by record, and the report. */
export function uploadAnswer(
  document: string,
  diff: UploadDiff,
  outcome: { preview: Preview } | { written: boolean },
): UploadAnswer {
  return filtered(
    diff.kind === "plan" ? planAnswer(document, diff, outcome) : spreadsheetAnswer(document, diff, outcome),
  );
}

function planAnswer(
  document: string,
  { plan, changes, notInPlan }: Extract<UploadDiff, { kind: "plan" }>,
  outcome: { preview: Preview } | { written: boolean },
): PlanAnswer {
  const names = new Map<string, { name: string; date?: string }>([
    ...plan.initiatives.map((i) => [`initiative:${i.id}`, { name: i.name }] as const),
    ...plan.forums.map((f) => [`forum:${f.id}`, { name: f.name }] as const),
    ...plan.meetings.map((m) => [`meeting:${m.id}`, { name: m.title, date: m.date }] as const),
  ]);
  return {
    kind: "plan",
    ...outcomeOf(outcome),
    document: { name: document, title: plan.title, layout: plan.layout, network: plan.initiatives[0]?.network ?? null },
    changes: changes.map((c) => ({
      action: c.action,
      type: c.kind,
      id: c.id,
      ...(names.get(`${c.kind}:${c.id}`) ?? { name: c.id }),
      details: c.details,
      shared: c.shared ?? false,
    })),
    findings: plan.findings,
    notInPlan,
    counts: countsOf(changes, plan.findings),
  };
}

function spreadsheetAnswer(
  document: string,
  { sheet, graph }: Extract<UploadDiff, { kind: "spreadsheet" }>,
  outcome: { preview: Preview } | { written: boolean },
): SpreadsheetAnswer {
  const refs = (list: readonly { id: string; names: string[]; name?: string }[]) => {
    const byId = new Map(list.map((n) => [n.id, n.name ?? n.names[0] ?? n.id]));
    return (id: string): Ref => ({ id, name: byId.get(id) ?? id });
  };
  const network = refs(graph.networks);
  const municipality = refs(graph.municipalities);
  const person = refs(graph.people);
  const institution = refs(graph.institutions);
  const changes = sheet.changes.map((c): SheetChangeAnswer => {
    switch (c.kind) {
      case "membership": {
        const before = graph.networks.find((n) => n.id === c.network)?.membershipStatus ?? null;
        return {
          action: c.action,
          type: "membership",
          id: c.network,
          network: network(c.network),
          source: c.sources.join("; "),
          details: c.details,
          statusBefore: before === "LISTED" ? null : before,
          added: c.added.map(municipality),
          removed: c.removed.map(municipality),
        };
      }
      case "support": {
        const { support } = c;
        const now = graph.supports.find(
          (s) => s.person === support.person && s.network === support.network && s.institution === support.institution,
        );
        return {
          action: c.action,
          type: "support",
          id: `${support.person}|${support.network}|${support.institution}`,
          network: network(support.network),
          source: c.source,
          details: c.details,
          person: person(support.person),
          institution: institution(support.institution),
          role: support.role,
          roleBefore: now && now.role !== support.role ? now.role : null,
        };
      }
      case "note":
        return {
          action: c.action,
          type: "note",
          id: c.note.id,
          network: network(c.note.subjectId),
          source: c.note.sources.join("; "),
          details: c.details,
          field: c.note.field,
          original: c.note.original,
          corrected: c.note.corrected,
          note: c.note.note,
        };
    }
  });
  const networks = [...new Set(changes.map((c) => c.network.id))].map(network);
  return {
    kind: "spreadsheet",
    ...outcomeOf(outcome),
    document: { name: document, table: sheet.table, sheet: sheet.sheet ?? null, networks },
    changes,
    findings: sheet.findings,
    counts: countsOf(sheet.changes, sheet.findings),
  };
}
