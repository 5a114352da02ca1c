import neo4j from "neo4j-driver";
import type {
  CoverageMap,
  FragileNetwork,
  NetworkSummary,
  PersonLoad,
  TrackParticipation,
  UncoveredMunicipalities,
} from "../generated/analysis-resolvers.js";
import type { AnalysisResolvers } from "./resolver-types.js";
import { badInput, requireFound } from "./argument-errors.js";
import { runAnalysis } from "./run.js";

export const networksWithoutInstitution: AnalysisResolvers["networksWithoutInstitution"] = async (
  _,
  args,
  { analysis },
) => {
  const result = await runAnalysis<{ institutionKnown: boolean; countyKnown: boolean; networks: NetworkSummary[] }>(
    analysis,
    "networks-without-institution",
    { institution: args.institution, county: args.county ?? null },
  );
  requireFound(args, { institution: result.institutionKnown, county: result.countyKnown });
  return result.networks;
};

export const fragileNetworks: AnalysisResolvers["fragileNetworks"] = async (_, args, { analysis }) => {
  const result = await runAnalysis<{ countyKnown: boolean; networks: FragileNetwork[] }>(analysis, "fragile-networks", {
    county: args.county ?? null,
  });
  requireFound(args, { county: result.countyKnown });
  return result.networks;
};

export const uncoveredMunicipalities: AnalysisResolvers["uncoveredMunicipalities"] = async (_, args, { analysis }) => {
  const { networkKnown, schemeKnown, ...answer } = await runAnalysis<
    { networkKnown: boolean; schemeKnown: boolean } & UncoveredMunicipalities
  >(analysis, "uncovered-municipalities", {
    network: args.network,
    scheme: args.scheme ?? null,
    targetGroup: args.targetGroup ?? null,
  });
  requireFound(args, { network: networkKnown, scheme: schemeKnown });
  return answer;
};

export const coverageMap: AnalysisResolvers["coverageMap"] = async (_, args, { analysis }) => {
  const { schemeKnown, countyKnown, ...map } = await runAnalysis<
    { schemeKnown: boolean; countyKnown: boolean } & CoverageMap
  >(analysis, "coverage-map", {
    scheme: args.scheme ?? null,
    targetGroup: args.targetGroup ?? null,
    county: args.county ?? null,
  });
  // The map's county is a county of the register, not the county a network is in.
  requireFound(
    args,
    { scheme: schemeKnown, county: countyKnown },
    { county: (county) => `No county has the name or number "${county}"` },
  );
  return map;
};

const PERSON_LOAD_MAX = 1000;

export const personLoad: AnalysisResolvers["personLoad"] = async (_, args, { analysis }) => {
  if (args.limit < 1 || args.limit > PERSON_LOAD_MAX) {
    throw badInput("limit", `Expected a limit from 1 to ${PERSON_LOAD_MAX}, got ${args.limit}`);
  }
  const result = await runAnalysis<{ people: PersonLoad[] }>(analysis, "person-load", { limit: neo4j.int(args.limit) });
  return result.people;
};

export const trackParticipation: AnalysisResolvers["trackParticipation"] = async (_, _args, { analysis }) => {
  const result = await runAnalysis<{ tracks: TrackParticipation[] }>(analysis, "track-participation", {});
  return result.tracks;
};
