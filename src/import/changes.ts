import type { GraphState } from "./graph-state.js";
import { type Facts, factsOf, isUnordered, type Kind, meetingAdditions } from "./owned-facts.js";
import type { ImportedPlan } from "./plan.js";

export interface Change {
  kind: Kind;
  id: string;
  /** create: new node; update: owned facts differ; link: an existing meeting of another plan gains this plan's forum. */
  action: "create" | "update" | "unchanged" | "link";
  details: string[];
  /** A meeting another plan holds too (the regional fagdag): this plan only links to it. */
  shared?: true;
}

const show = (v: Facts[string] | undefined) =>
  v === null || v === undefined ? "(none)" : Array.isArray(v) ? `[${v.join(", ")}]` : `"${v}"`;

function differences(kind: Kind, wanted: Facts, current: Facts): string[] {
  return Object.entries(wanted).flatMap(([key, value]) => {
    const now = current[key] ?? null;
    const norm = (v: Facts[string]) => JSON.stringify(Array.isArray(v) && isUnordered(kind, key) ? [...v].sort() : v);
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
    changes.push(compare("initiative", i.id, factsOf("initiative", i), state.initiatives.get(i.id)));
  for (const f of plan.forums) changes.push(compare("forum", f.id, factsOf("forum", f), state.forums.get(f.id)));
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
    const change = compare("meeting", m.id, factsOf("meeting", m), state.meetings.get(m.id));
    const current = state.meetings.get(m.id);
    for (const [key, ids] of meetingAdditions(m)) {
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
  const details = differences(kind, wanted, current);
  return { kind, id, action: details.length > 0 ? "update" : "unchanged", details };
}

export function formatChange(change: Change): string[] {
  const mark = { create: "+", update: "~", unchanged: "=", link: "↔" }[change.action];
  const head = `${mark} ${change.kind} ${change.id}${change.action === "unchanged" ? " (unchanged)" : ""}`;
  return [head, ...change.details.map((d) => `    ${d}`)];
}
