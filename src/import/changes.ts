import type { SeedRecord } from "../seed/records/index.js";
import { enumValue, enumValues, periodEnd, periodStart } from "../seed/write/values.js";
import type { Facts, GraphState } from "./graph-state.js";
import type { ImportedPlan } from "./plan.js";

export interface Change {
  kind: "initiative" | "forum" | "meeting";
  id: string;
  /** create: new node; update: owned facts differ; link: an existing meeting of another plan gains this plan's forum. */
  action: "create" | "update" | "unchanged" | "link";
  details: string[];
  /** A meeting another plan holds too (the regional fagdag): this plan only links to it. */
  shared?: true;
}

/** Only the facts the plan states: the importer never clears a fact it could not read. */
const defined = (facts: Record<string, string | string[] | null | undefined>): Facts =>
  Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as Facts;

export const initiativeFacts = (i: SeedRecord<"initiatives">): Facts =>
  defined({
    scheme: i.scheme,
    network: i.network,
    periodStart: periodStart(i.period.from),
    periodEnd: i.period.to ? periodEnd(i.period.to) : undefined,
    periodText: i.periodText,
    partners: i.partners,
    municipalities: i.municipalities,
    responsibleInstitutions: i.responsibleInstitutions,
    targetGroups: enumValues(i.targetGroups) ?? undefined,
    audience: i.audience,
    how: i.how,
    responsible: i.responsible,
  });

export const forumFacts = (f: SeedRecord<"forums">): Facts =>
  defined({
    initiative: f.initiative,
    who: f.who,
    purpose: f.purpose,
    activities: (f.activities ?? []).map((a) => `${a.month}: ${a.text}`),
  });

export const meetingFacts = (m: SeedRecord<"meetings">): Facts =>
  defined({
    date: m.date,
    endDate: m.endDate,
    startTime: m.startTime,
    endTime: m.endTime,
    mode: enumValue(m.mode) ?? undefined,
    online: m.online,
    place: m.place,
  });

// Lists of related ids and of activities compare as sets; purpose keeps its order.
const UNORDERED = new Set(["partners", "municipalities", "responsibleInstitutions", "targetGroups", "activities"]);
const show = (v: Facts[string] | undefined) =>
  v === null || v === undefined ? "(none)" : Array.isArray(v) ? `[${v.join(", ")}]` : `"${v}"`;

function differences(wanted: Facts, current: Facts): string[] {
  return Object.entries(wanted).flatMap(([key, value]) => {
    const now = current[key] ?? null;
    const norm = (v: Facts[string]) => JSON.stringify(Array.isArray(v) && UNORDERED.has(key) ? [...v].sort() : v);
    return norm(value) === norm(now) ? [] : [`${key}: ${show(now)} → ${show(value)}`];
  });
}

const EVENT = /fagdag|samling|konferanse|seminar|webinar/gi;
const eventsIn = (text: string) => new Set((text.match(EVENT) ?? []).map((w) => w.toLowerCase()));

/**
 * Links each new meeting to a meeting the graph already has when the same network holds
 * it on the same day under the same name of event (the shared regional fagdag); then
 * compares every record with the graph. Returns the plan with linked meetings renamed.
 */
export function planChanges(plan: ImportedPlan, state: GraphState): { plan: ImportedPlan; changes: Change[] } {
  const changes: Change[] = [];
  for (const i of plan.initiatives)
    changes.push(compare("initiative", i.id, initiativeFacts(i), state.initiatives.get(i.id)));
  for (const f of plan.forums) changes.push(compare("forum", f.id, forumFacts(f), state.forums.get(f.id)));
  // Each shared meeting is claimed once, so that two meetings of the plan never become one.
  const claimed = new Set<string>();
  const meetings = plan.meetings.map((m) => {
    if (state.meetings.has(m.id)) return m;
    const events = eventsIn(`${m.title} ${m.text}`);
    const shared = state.sameDay.find(
      (s) => s.date === m.date && !claimed.has(s.id) && [...eventsIn(s.text)].some((e) => events.has(e)),
    );
    if (!shared) return m;
    claimed.add(shared.id);
    return { ...m, id: shared.id };
  });
  for (const m of meetings) {
    const shared = state.sameDay.find((s) => s.id === m.id);
    if (shared) {
      const missing = [
        ...m.forums.filter((id) => !shared.forums.includes(id)),
        ...m.initiatives.filter((id) => !shared.initiatives.includes(id)),
      ];
      const details =
        missing.length > 0
          ? [`shared with another plan: gains ${missing.join(", ")}; the other plan's facts are kept`]
          : [];
      changes.push({
        kind: "meeting",
        id: m.id,
        action: missing.length > 0 ? "link" : "unchanged",
        details,
        shared: true,
      });
      continue;
    }
    const change = compare("meeting", m.id, meetingFacts(m), state.meetings.get(m.id));
    const current = state.meetings.get(m.id);
    for (const [key, ids] of [
      ["forums", m.forums],
      ["initiatives", m.initiatives],
    ] as const) {
      const missing = ids.filter((id) => current && !(current[key] as string[]).includes(id));
      if (missing.length > 0) change.details.push(`${key}: + ${missing.join(", ")}`);
    }
    if (change.action === "unchanged" && change.details.length > 0) change.action = "update";
    changes.push(change);
  }
  return { plan: { ...plan, meetings }, changes };
}

function compare(kind: Change["kind"], id: string, wanted: Facts, current: Facts | undefined): Change {
  if (!current)
    return { kind, id, action: "create", details: Object.entries(wanted).map(([k, v]) => `${k}: ${show(v)}`) };
  const details = differences(wanted, current);
  return { kind, id, action: details.length > 0 ? "update" : "unchanged", details };
}

export function formatChange(change: Change): string[] {
  const mark = { create: "+", update: "~", unchanged: "=", link: "↔" }[change.action];
  const head = `${mark} ${change.kind} ${change.id}${change.action === "unchanged" ? " (unchanged)" : ""}`;
  return [head, ...change.details.map((d) => `    ${d}`)];
}
