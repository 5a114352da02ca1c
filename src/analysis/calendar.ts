import neo4j from "neo4j-driver";
import type { AnalysisContext } from "./context.js";
import { badInput, requireFound } from "./errors.js";
import { type AnalysisLimits, runAnalysis, tooManyItems } from "./run.js";

/** The Date scalar hands over the date as written (YYYY-MM-DD) or as a Neo4j date; Cypher takes either as text. */
const isoDate = (value: unknown) => String(value);

export function requireOrderedRange(from: unknown, to: unknown): void {
  if (isoDate(from) > isoDate(to))
    throw badInput("to", `Expected "to" on or after "from", got ${isoDate(from)} to ${isoDate(to)}`);
}

/**
 * meetingsBetween refuses a range that holds more meetings than a page: the statement
 * counts them and projects none when they are too many.
 */
export function meetingsBetween({ pageSize }: AnalysisLimits) {
  return async (
    _: unknown,
    args: {
      from: unknown;
      to: unknown;
      network?: string | null;
      initiative?: string | null;
      institution?: string | null;
    },
    { analysis }: AnalysisContext,
  ) => {
    requireOrderedRange(args.from, args.to);
    const result = await runAnalysis<{
      networkKnown: boolean;
      initiativeKnown: boolean;
      institutionKnown: boolean;
      found: number;
      meetings: unknown[];
    }>(analysis, "meetings-between", {
      from: isoDate(args.from),
      to: isoDate(args.to),
      network: args.network ?? null,
      initiative: args.initiative ?? null,
      institution: args.institution ?? null,
      pageSize: neo4j.int(pageSize),
    });
    requireFound([
      ["network", result.networkKnown, `No network has the id "${args.network}"`],
      ["initiative", result.initiativeKnown, `No initiative has the id "${args.initiative}"`],
      ["institution", result.institutionKnown, `No institution has the id "${args.institution}"`],
    ]);
    if (result.found > pageSize) {
      throw tooManyItems(
        `The range holds ${result.found} meetings`,
        pageSize,
        "narrow the range (from, to) or the scope (network, initiative, institution)",
      );
    }
    return result.meetings;
  };
}

export async function meetingConflicts(
  _: unknown,
  args: { from: unknown; to: unknown },
  { analysis }: AnalysisContext,
) {
  requireOrderedRange(args.from, args.to);
  const result = await runAnalysis<{ conflicts: unknown[] }>(analysis, "meeting-conflicts", {
    from: isoDate(args.from),
    to: isoDate(args.to),
  });
  return result.conflicts;
}

export async function upcomingDeadlines(_: unknown, args: { after: unknown }, { analysis }: AnalysisContext) {
  const result = await runAnalysis<{ deadlines: unknown[] }>(analysis, "upcoming-deadlines", {
    after: isoDate(args.after),
  });
  return result.deadlines;
}
