import { meetingConflicts, meetingsBetween, upcomingDeadlines } from "./calendar.js";
import { possibleMeetingConflicts } from "./conflicts.js";
import {
  coverageMap,
  fragileNetworks,
  networksWithoutInstitution,
  personLoad,
  trackParticipation,
  uncoveredMunicipalities,
} from "./coverage.js";
import { institutionReach, networkPartners, partnershipMatrix } from "./partnerships.js";

/** The resolvers of the custom Query fields in schema/analysis/: each runs one Cypher statement. */
export const analysisResolvers = {
  Query: {
    partnershipMatrix,
    networkPartners,
    institutionReach,
    networksWithoutInstitution,
    fragileNetworks,
    uncoveredMunicipalities,
    coverageMap,
    personLoad,
    trackParticipation,
    meetingsBetween,
    meetingConflicts,
    possibleMeetingConflicts,
    upcomingDeadlines,
  },
};
