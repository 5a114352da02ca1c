import type { MeetingConflict } from "../generated/analysis-resolvers.js";
import { isoDate, requireOrderedRange } from "./calendar.js";
import type { AnalysisResolvers } from "./context.js";
import { runAnalysis } from "./run.js";

/** The overlaps that rest on derived attendance; meetingConflicts (the same statement) gives the stated ones. */
export const possibleMeetingConflicts: AnalysisResolvers["possibleMeetingConflicts"] = async (
  _,
  args,
  { analysis },
) => {
  requireOrderedRange(args.from, args.to);
  const result = await runAnalysis<{ possible: MeetingConflict[] }>(analysis, "meeting-conflicts", {
    from: isoDate(args.from),
    to: isoDate(args.to),
  });
  return result.possible;
};
