import neo4j, { isDate, isLocalTime } from "neo4j-driver";
import type { SeedRecord } from "../seed/records/index.js";
import { INITIATIVE_LINKS, type InitiativeLinkField } from "../seed/write/write-initiatives.js";
import { type Link, relationshipOf } from "../seed/write/links.js";
import { enumValue, enumValues, periodEnd, periodStart } from "../seed/write/values.js";

/**
 * The one table of the facts the importer owns per record type: the facts a plan states,
 * which it compares with the graph (changes.ts), reads from the graph (graph-state.ts) and
 * sets (write.ts). Names, titles, agendas and texts are not owned: a reviewed record keeps
 * its wording.
 */

/** A fact as the importer compares it: text, a list of texts, or none. */
export type Fact = string | string[] | null;
export type Facts = Record<string, Fact>;

/** What a record says, as comparable text; undefined where the plan does not say. */
type Reading<R> = (record: R) => string | string[] | undefined;

type Owned<R> =
  /** A property of the node, stored as text (or a list of texts, in order unless `unordered`), a date or a time of day. */
  | { property: "text" | "date" | "time"; of: Reading<R>; unordered?: true }
  /** Relationships to nodes by id, set to what the plan states. */
  | { link: Link; one: boolean; of: Reading<R> }
  /** Relationships to nodes by id that a plan only adds: a shared meeting keeps its other links. */
  | { adds: Link; of: (record: R) => string[] }
  /** A forum's undated month activities, as "YYYY-MM: text". */
  | { activities: true; of: (record: R) => string[] };

type Initiative = SeedRecord<"initiatives">;
const text = <R>(of: Reading<R>) => ({ property: "text" as const, of });
const date = <R>(of: Reading<R>) => ({ property: "date" as const, of });
const time = <R>(of: Reading<R>) => ({ property: "time" as const, of });
const initiativeLink = (field: InitiativeLinkField, one: boolean) => ({
  link: INITIATIVE_LINKS[field],
  one,
  field,
  of: (i: Initiative) => i[field],
});

// In the order a change lists them.
const initiative = {
  scheme: initiativeLink("scheme", true),
  network: initiativeLink("network", true),
  periodStart: date((i: Initiative) => periodStart(i.period.from)),
  periodEnd: date((i: Initiative) => (i.period.to ? periodEnd(i.period.to) : undefined)),
  periodText: text((i: Initiative) => i.periodText),
  partners: initiativeLink("partners", false),
  municipalities: initiativeLink("municipalities", false),
  responsibleInstitutions: initiativeLink("responsibleInstitutions", false),
  targetGroups: { ...text((i: Initiative) => enumValues(i.targetGroups) ?? undefined), unordered: true },
  audience: text((i: Initiative) => i.audience),
  how: text((i: Initiative) => i.how),
  responsible: text((i: Initiative) => i.responsible),
} satisfies Record<string, Owned<Initiative>>;

type Forum = SeedRecord<"forums">;
const forum = {
  initiative: { link: "forumInitiative", one: true, of: (f: Forum) => f.initiative },
  who: text((f: Forum) => f.who),
  purpose: text((f: Forum) => f.purpose),
  activities: { activities: true, of: (f: Forum) => (f.activities ?? []).map((a) => `${a.month}: ${a.text}`) },
} satisfies Record<string, Owned<Forum>>;

type Meeting = SeedRecord<"meetings">;
const meeting = {
  date: date((m: Meeting) => m.date),
  endDate: date((m: Meeting) => m.endDate),
  startTime: time((m: Meeting) => m.startTime),
  endTime: time((m: Meeting) => m.endTime),
  mode: text((m: Meeting) => enumValue(m.mode) ?? undefined),
  online: text((m: Meeting) => m.online),
  place: text((m: Meeting) => m.place),
  forums: { adds: "meetingForums", of: (m: Meeting) => m.forums },
  initiatives: { adds: "meetingInitiatives", of: (m: Meeting) => m.initiatives },
} satisfies Record<string, Owned<Meeting>>;

export const OWNED = { initiative, forum, meeting };
export type Kind = keyof typeof OWNED;
type RecordOf<K extends Kind> = { initiative: Initiative; forum: Forum; meeting: Meeting }[K];
const entries = <K extends Kind>(kind: K) => Object.entries(OWNED[kind]) as [string, Owned<RecordOf<K>>][];

/** The meeting facts a plan states as properties: what a reviewed meeting must agree with. */
export const MEETING_PROPERTIES = Object.keys(meeting).filter(
  (key) => "property" in meeting[key as keyof typeof meeting],
) as {
  [K in keyof typeof meeting]: (typeof meeting)[K] extends { property: unknown } ? K : never;
}[keyof typeof meeting][];

/** The initiative links a plan sets. */
export const INITIATIVE_LINK_FIELDS = Object.values(initiative).flatMap((fact) =>
  "field" in fact ? [fact.field] : [],
);

/** The owned facts a record states, as comparable text: a fact the plan does not state is left out. */
export function factsOf<K extends Kind>(kind: K, record: RecordOf<K>): Facts {
  return Object.fromEntries(
    entries(kind).flatMap(([key, fact]) => {
      const value = "adds" in fact ? undefined : fact.of(record);
      return value === undefined ? [] : [[key, value]];
    }),
  );
}

/** True for a fact whose list compares as a set: lists of related ids, activities, target groups. */
export function isUnordered(kind: Kind, key: string): boolean {
  const fact = entries(kind).find(([k]) => k === key)?.[1];
  return fact !== undefined && ("property" in fact ? fact.unordered === true : !("link" in fact) || !fact.one);
}

/** The links a meeting adds, by fact: [fact, the ids the plan names]. */
export const meetingAdditions = (record: Meeting): [string, string[]][] =>
  entries("meeting").flatMap(([key, fact]) => ("adds" in fact ? [[key, fact.of(record)]] : []));

/** A node as graph-state.ts reads it: its properties, its outgoing links, its activities. */
export interface StoredNode {
  id: string;
  properties: Record<string, unknown>;
  links: [type: string, id: string][];
  activities: string[];
}

const stored = (value: unknown, form: "text" | "date" | "time"): Fact => {
  if (value === null || value === undefined) return null;
  if (form === "date" && isDate(value)) return value.toString();
  if (form === "time" && isLocalTime(value)) return value.toString().slice(0, 5);
  return value as string | string[];
};

/** The owned facts of a node as the graph holds them now, comparable with factsOf. */
export function factsInGraph(kind: Kind, node: StoredNode): Facts {
  const targets = (link: Link) => node.links.filter(([type]) => type === relationshipOf(link)).map(([, id]) => id);
  return Object.fromEntries(
    entries(kind).map(([key, fact]): [string, Fact] => {
      if ("property" in fact) return [key, stored(node.properties[key], fact.property)];
      if ("link" in fact) return [key, fact.one ? (targets(fact.link)[0] ?? null) : targets(fact.link)];
      if ("adds" in fact) return [key, targets(fact.adds)];
      return [key, node.activities];
    }),
  );
}

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};
const clock = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new neo4j.types.LocalTime(h, m, 0, 0);
};

/** The owned properties a record states, as the graph stores them; what it does not state is left out. */
export function ownedProperties<K extends Kind>(kind: K, record: RecordOf<K>): Record<string, unknown> {
  return Object.fromEntries(
    entries(kind).flatMap(([key, fact]): [string, unknown][] => {
      if (!("property" in fact)) return [];
      const value = fact.of(record);
      if (value === undefined || value === null) return [];
      if (fact.property === "date") return [[key, day(String(value))]];
      if (fact.property === "time") return [[key, clock(String(value))]];
      return [[key, value]];
    }),
  );
}
