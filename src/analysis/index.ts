import { meetingConflicts, meetingCounts, meetingsBetween, meetingsPage, upcomingDeadlines } from "./calendar.js";
import { possibleMeetingConflicts } from "./conflicts.js";
import {
  coverageMap,
  fragileNetworks,
  networksWithoutInstitution,
  personLoad,
  trackParticipation,
  uncoveredMunicipalities,
} from "./coverage.js";
import type { AnalysisContext } from "./context.js";
import { institutionReach, networkPartners, partnershipMatrix } from "./partnerships.js";
import { type AnalysisLimits, requireWithinPage } from "./run.js";
import { supportNetwork } from "./support-network.js";

type Resolver = (parent: unknown, args: never, context: AnalysisContext) => Promise<unknown>;

/** A resolver whose answer is refused when one of its lists is longer than a page. */
function paged(field: string, resolver: Resolver, { pageSize }: AnalysisLimits) {
  return async (parent: unknown, args: never, context: AnalysisContext) => {
    const answer = await resolver(parent, args, context);
    requireWithinPage(answer, field, pageSize);
    return answer;
  };
}

/** The resolvers of the custom Query fields in schema/analysis/: each runs one Cypher statement. */
export function analysisResolvers(limits: AnalysisLimits) {
  const resolvers: Record<string, Resolver> = {
    partnershipMatrix,
    networkPartners,
    institutionReach,
    networksWithoutInstitution,
    fragileNetworks,
    uncoveredMunicipalities,
    coverageMap,
    personLoad,
    trackParticipation,
    supportNetwork: supportNetwork(limits),
    meetingsBetween: meetingsBetween(limits),
    meetingsPage: meetingsPage(limits),
    meetingCounts,
    meetingConflicts,
    possibleMeetingConflicts,
    upcomingDeadlines,
  };
  return {
    Query: Object.fromEntries(
      Object.entries(resolvers).map(([field, resolver]) => [field, paged(field, resolver, limits)]),
    ),
  };
}
