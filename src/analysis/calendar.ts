import neo4j from "neo4j-driver";
import type { MeetingConflict, Scalars, ScheduledMeeting, UpcomingDeadline } from "../generated/analysis-resolvers.js";
import type { AnalysisResolvers } from "./context.js";
import { badInput, requireFound } from "./errors.js";
import { type AnalysisLimits, runAnalysis, tooManyItems } from "./run.js";

/** A date argument as the Date scalar hands it over (a Neo4j date), as the YYYY-MM-DD that Cypher's date() takes. */
export const isoDate = (date: Scalars["Date"]["input"]) => date.toString();

export function requireOrderedRange(from: Scalars["Date"]["input"], to: Scalars["Date"]["input"]): void {
  if (isoDate(from) > isoDate(to))
    throw badInput("to", `Expected "to" on or after "from", got ${isoDate(from)} to ${isoDate(to)}`);
}

/**
 * meetingsBetween refuses a range that holds more meetings than a page: the statement
 * counts them and projects none when they are too many.
 */
export function meetingsBetween({ pageSize }: AnalysisLimits): AnalysisResolvers["meetingsBetween"] {
  return async (_, args, { analysis }) => {
    requireOrderedRange(args.from, args.to);
    const result = await runAnalysis<{
      networkKnown: boolean;
      initiativeKnown: boolean;
      institutionKnown: boolean;
      found: number;
      meetings: ScheduledMeeting[];
    }>(analysis, "meetings-between", {
      from: isoDate(args.from),
      to: isoDate(args.to),
      network: args.network ?? null,
      initiative: args.initiative ?? null,
      institution: args.institution ?? null,
      pageSize: neo4j.int(pageSize),
    });
    requireFound(args, {
      network: result.networkKnown,
      initiative: result.initiativeKnown,
      institution: result.institutionKnown,
    });
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

export const meetingConflicts: AnalysisResolvers["meetingConflicts"] = async (_, args, { analysis }) => {
  requireOrderedRange(args.from, args.to);
  const result = await runAnalysis<{ conflicts: MeetingConflict[] }>(analysis, "meeting-conflicts", {
    from: isoDate(args.from),
    to: isoDate(args.to),
  });
  return result.conflicts;
};

export const upcomingDeadlines: AnalysisResolvers["upcomingDeadlines"] = async (_, args, { analysis }) => {
  const result = await runAnalysis<{ deadlines: UpcomingDeadline[] }>(analysis, "upcoming-deadlines", {
    after: isoDate(args.after),
  });
  return result.deadlines;
};
