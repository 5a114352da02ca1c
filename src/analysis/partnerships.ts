import type { InstitutionReach, NetworkPartners, PartnershipMatrix } from "../generated/analysis-resolvers.js";
import type { AnalysisResolvers } from "./resolver-types.js";
import { requireFound } from "./argument-errors.js";
import { runAnalysis } from "./run.js";

export const partnershipMatrix: AnalysisResolvers["partnershipMatrix"] = async (_, args, { analysis }) => {
  const { schemeKnown, countyKnown, ...matrix } = await runAnalysis<
    { schemeKnown: boolean; countyKnown: boolean } & PartnershipMatrix
  >(analysis, "partnership-matrix", {
    county: args.county ?? null,
    scheme: args.scheme ?? null,
    rollUpUnits: args.rollUpUnits,
  });
  requireFound(args, { scheme: schemeKnown, county: countyKnown });
  return matrix;
};

export const networkPartners: AnalysisResolvers["networkPartners"] = async (_, args, { analysis }) => {
  const { networkKnown, ...partners } = await runAnalysis<{ networkKnown: boolean } & NetworkPartners>(
    analysis,
    "network-partners",
    { network: args.network },
  );
  requireFound(args, { network: networkKnown });
  return partners;
};

export const institutionReach: AnalysisResolvers["institutionReach"] = async (_, args, { analysis }) => {
  const { institutionKnown, ...reach } = await runAnalysis<{ institutionKnown: boolean } & InstitutionReach>(
    analysis,
    "institution-reach",
    { institution: args.institution, includeUnits: args.includeUnits },
  );
  requireFound(args, { institution: institutionKnown });
  return reach;
};
