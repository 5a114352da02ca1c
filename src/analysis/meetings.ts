import type { GraphQLResolveInfo } from "graphql";
import neo4j from "neo4j-driver";
import { z } from "zod";
import type {
  MeetingConflict,
  MeetingCount,
  Scalars,
  ScheduledMeeting,
  UpcomingDeadline,
} from "../generated/analysis-resolvers.js";
import type { AnalysisResolvers, AnswerLength } from "./resolver-types.js";
import { badInput, requireFound } from "./argument-errors.js";
import { askedFields } from "./selection.js";
import { type AnalysisDatabase, type AnalysisLimits, runAnalysis, tooManyItems } from "./run.js";

/** A date argument as the Date scalar hands it over (a Neo4j date), as the YYYY-MM-DD that Cypher's date() takes. */
const isoDate = (date: Scalars["Date"]["input"] | string) => date.toString();

function requireOrderedRange(from: Scalars["Date"]["input"], to: Scalars["Date"]["input"]): void {
  if (isoDate(from) > isoDate(to))
    throw badInput("to", `Expected "to" on or after "from", got ${isoDate(from)} to ${isoDate(to)}`);
}

interface ScopedRange {
  from: Scalars["Date"]["input"];
  to: Scalars["Date"]["input"];
  network?: string | null;
  initiative?: string | null;
  institution?: string | null;
  person?: string | null;
}

const scopeParameters = (args: ScopedRange) => ({
  from: isoDate(args.from),
  to: isoDate(args.to),
  network: args.network ?? null,
  initiative: args.initiative ?? null,
  institution: args.institution ?? null,
  person: args.person ?? null,
});

/** Whether the graph has what each scope argument names (true when it is not given). */
interface ScopeKnown {
  networkKnown: boolean;
  initiativeKnown: boolean;
  institutionKnown: boolean;
  personKnown: boolean;
}

function requireKnownScope(args: ScopedRange, known: ScopeKnown) {
  requireFound(args, {
    network: known.networkKnown,
    initiative: known.initiativeKnown,
    institution: known.institutionKnown,
    person: known.personKnown,
  });
}

/**
 * meetingsBetween refuses a range that holds more meetings than a page: the statement
 * counts them and projects none when they are too many.
 */
export function meetingsBetween({ pageSize }: AnalysisLimits): AnalysisResolvers["meetingsBetween"] {
  return async (_, args, { analysis }) => {
    requireOrderedRange(args.from, args.to);
    const result = await runAnalysis<ScopeKnown & { found: number; meetings: ScheduledMeeting[] }>(
      analysis,
      "meetings-between",
      { ...scopeParameters(args), pageSize: neo4j.int(pageSize) },
    );
    requireKnownScope(args, result);
    if (result.found > pageSize) {
      throw tooManyItems(
        `The range holds ${result.found} meetings`,
        pageSize,
        "narrow the range (from, to) or the scope (network, initiative, institution, person)",
      );
    }
    return result.meetings;
  };
}

/** A meeting's place in the order of meetingsPage: date, start time (null: untimed, last on its day), id. */
const cursorKey = z.tuple([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  z
    .string()
    .regex(/^\d{2}:\d{2}:\d{2}(\.\d{1,9})?$/)
    .nullable(),
  z.string().min(1).max(200),
]);
type CursorKey = z.infer<typeof cursorKey>;

export const encodeMeetingCursor = (key: CursorKey) => Buffer.from(JSON.stringify(key)).toString("base64url");

function decodeMeetingCursor(after: string): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    key = undefined;
  }
  const parsed = cursorKey.safeParse(key);
  if (!parsed.success || encodeMeetingCursor(parsed.data) !== after) {
    const shown = after.length > 40 ? `${after.slice(0, 37)}…` : after;
    throw badInput(
      "after",
      `${JSON.stringify(shown)} is not a cursor of meetingsPage: pass the endCursor of an earlier page`,
    );
  }
  return parsed.data;
}

interface PagedMeeting {
  id: string;
  date: string;
  startTime: string | null;
}

/**
 * meetingsPage: a page of meetingsBetween after a cursor, by keyset on (date, startTime,
 * id), so that a page is an index seek from the cursor's day, not a skip over the ones before.
 */
export function meetingsPage({ pageSize, defaultPage }: AnalysisLimits): AnalysisResolvers["meetingsPage"] {
  return async (_, args, { analysis }) => {
    requireOrderedRange(args.from, args.to);
    const first = args.first ?? defaultPage;
    if (first < 1 || first > pageSize) throw badInput("first", `Expected first from 1 to ${pageSize}, got ${first}`);
    const after = args.after ? decodeMeetingCursor(args.after) : null;
    const parameters = scopeParameters(args);
    const result = await runAnalysis<
      ScopeKnown & { totalCount: number; meetings: (ScheduledMeeting & PagedMeeting)[] }
    >(analysis, "meetings-page", {
      ...parameters,
      lower: after && after[0] > parameters.from ? after[0] : parameters.from,
      afterDate: after?.[0] ?? null,
      afterTime: after?.[1] ?? null,
      afterId: after?.[2] ?? null,
      first: neo4j.int(first),
    });
    requireKnownScope(args, result);
    const meetings = result.meetings.slice(0, first);
    const last = meetings.at(-1);
    return {
      totalCount: result.totalCount,
      pageInfo: {
        endCursor: last ? encodeMeetingCursor([last.date, last.startTime, last.id]) : null,
        hasNextPage: result.meetings.length > first,
      },
      meetings,
    };
  };
}

/** The longest range meetingCounts takes, in days: a year, for a heat map of a calendar or school year. */
const COUNT_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;
const epochDay = (date: unknown) => Date.parse(`${String(date)}T00:00:00Z`) / DAY_MS;

/** How many periods meetingCounts lists for a range: its days, or the ISO weeks it touches. */
function countPeriods(from: unknown, to: unknown, by: unknown): number {
  const start = epochDay(from);
  const end = epochDay(to);
  if (!(end >= start)) return 0;
  if (by !== "WEEK") return end - start + 1;
  // 1970-01-01 was a Thursday: day 4 of its ISO week, counting Monday as 1.
  const monday = (day: number) => day - ((((day + 3) % 7) + 7) % 7);
  return (monday(end) - monday(start)) / 7 + 1;
}

/** meetingCounts lists one count per period of its range, however long: its answer's length (src/analysis/index.ts). */
export const meetingCountsLength: AnswerLength = (args) => countPeriods(args.from, args.to, args.by);

export const meetingCounts: AnalysisResolvers["meetingCounts"] = async (_, args, { analysis }) => {
  requireOrderedRange(args.from, args.to);
  const days = epochDay(args.to) - epochDay(args.from) + 1;
  if (days > COUNT_RANGE_DAYS) {
    throw badInput(
      "to",
      `The range from ${isoDate(args.from)} to ${isoDate(args.to)} spans ${days} days; meetingCounts takes at most ${COUNT_RANGE_DAYS}`,
    );
  }
  const result = await runAnalysis<ScopeKnown & { counts: MeetingCount[] }>(analysis, "meeting-counts", {
    ...scopeParameters(args),
    by: args.by,
  });
  requireKnownScope(args, result);
  return result.counts;
};

type ScopedConflicts = { conflicts: MeetingConflict[]; possible: MeetingConflict[] };

/**
 * The runs of the conflicts statement by operation (each has its own AnalysisDatabase) and
 * arguments: an operation that asks both meetingConflicts and possibleMeetingConflicts, as the
 * årshjul does, runs it once.
 */
const conflictRuns = new WeakMap<AnalysisDatabase, Map<string, Promise<ScopedConflicts>>>();

/**
 * The statement of meetingConflicts and possibleMeetingConflicts: both lists, for the range and
 * scope, with the evidence and the meetings' details only when the field asks for them.
 */
export function scopedConflicts(
  analysis: AnalysisDatabase,
  args: ScopedRange,
  info: GraphQLResolveInfo,
): Promise<ScopedConflicts> {
  requireOrderedRange(args.from, args.to);
  const parameters = {
    ...scopeParameters(args),
    evidence: askedFields(info).includes("evidence"),
    meetingDetails: askedFields(info, ["meetings"]).some((field) => field !== "id" && field !== "__typename"),
  };
  const key = JSON.stringify(parameters);
  const runs = conflictRuns.get(analysis) ?? new Map<string, Promise<ScopedConflicts>>();
  conflictRuns.set(analysis, runs);
  let run = runs.get(key);
  if (!run) {
    run = runAnalysis<ScopeKnown & ScopedConflicts>(analysis, "meeting-conflicts", parameters).then((result) => {
      requireKnownScope(args, result);
      return result;
    });
    runs.set(key, run);
  }
  return run;
}

export const meetingConflicts: AnalysisResolvers["meetingConflicts"] = async (_, args, { analysis }, info) =>
  (await scopedConflicts(analysis, args, info)).conflicts;

export const upcomingDeadlines: AnalysisResolvers["upcomingDeadlines"] = async (_, args, { analysis }) => {
  const result = await runAnalysis<{ deadlines: UpcomingDeadline[] }>(analysis, "upcoming-deadlines", {
    after: isoDate(args.after),
  });
  return result.deadlines;
};
