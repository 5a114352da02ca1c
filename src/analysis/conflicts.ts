import type { AnalysisContext } from "./context.js";
import { requireOrderedRange } from "./calendar.js";
import { runAnalysis } from "./run.js";

/** The overlaps that rest on derived attendance; meetingConflicts (the same statement) gives the stated ones. */
export async function possibleMeetingConflicts(
  _: unknown,
  args: { from: unknown; to: unknown },
  { analysis }: AnalysisContext,
) {
  requireOrderedRange(args.from, args.to);
  const result = await runAnalysis<{ possible: unknown[] }>(analysis, "meeting-conflicts", {
    from: String(args.from),
    to: String(args.to),
  });
  return result.possible;
}
