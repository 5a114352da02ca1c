import { isSlug } from "../../text/ids.js";
import { withoutSecrets } from "../../text/secrets.js";
import type { Finding } from "../report.js";
import type {
  Counts,
  Outcome,
  PlanAnswer,
  Ref,
  SheetChangeAnswer,
  SpreadsheetAnswer,
  UploadAnswer,
} from "./answer-types.js";
import type { UploadDiff } from "./index.js";
import type { Preview } from "./previews.js";

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
