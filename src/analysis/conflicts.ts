import { scopedConflicts } from "./meetings.js";
import type { AnalysisResolvers } from "./resolver-types.js";

/** The overlaps that rest on derived attendance; meetingConflicts (the same statement) gives the stated ones. */
export const possibleMeetingConflicts: AnalysisResolvers["possibleMeetingConflicts"] = async (
  _,
  args,
  { analysis },
  info,
) => (await scopedConflicts(analysis, args, info)).possible;
