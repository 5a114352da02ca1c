import {
  meetingConflicts,
  meetingCounts,
  meetingCountsLength,
  meetingsBetween,
  meetingsPage,
  upcomingDeadlines,
} from "./meetings.js";
import { possibleMeetingConflicts } from "./conflicts.js";
import {
  coverageMap,
  fragileNetworks,
  networksWithoutInstitution,
  personLoad,
  trackParticipation,
  uncoveredMunicipalities,
} from "./coverage.js";
import type { AnalysisResolvers, AnswerLength } from "./resolver-types.js";
import { institutionReach, networkPartners, partnershipMatrix } from "./partnerships.js";
import { type AnalysisLimits, requireWithinPage } from "./run.js";
import { supportNetwork } from "./support-network.js";

/**
 * The analyses whose answer is a list as long as their arguments make it, each with its
 * length, declared beside its resolver. The cost model (src/graphql/limits/cost.ts)
 * counts such an answer as that many items; any other analysis's lists are computed
 * whole and refused above a page (run.ts), and one that pages by first and after counts
 * as its page.
 */
export const answerLengths = new Map<string, AnswerLength>(
  Object.entries({
    meetingCounts: meetingCountsLength,
  } satisfies Partial<Record<keyof AnalysisResolvers, AnswerLength>>),
);

/** Any resolver, as the wrapper below hands on whatever it is given. */
type Resolver = (...given: never[]) => unknown;

/** A resolver whose answer is refused when one of its lists is longer than a page. */
function paged(field: string, resolver: Resolver, { pageSize }: AnalysisLimits) {
  return async (...given: never[]) => {
    const answer = await resolver(...given);
    requireWithinPage(answer, field, pageSize);
    return answer;
  };
}

/**
 * The resolvers of the custom Query fields in schema/analysis/: each runs one Cypher
 * statement. Typed by the generated AnalysisResolvers, so that a field without its
 * resolver, or an answer not of the shape its SDL promises, fails the typecheck.
 */
export function analysisResolvers(limits: AnalysisLimits) {
  const resolvers: AnalysisResolvers = {
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
