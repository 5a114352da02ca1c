import neo4j from "neo4j-driver";
import type { AnalysisContext } from "./context.js";
import { badInput, requireFound } from "./errors.js";
import { runAnalysis } from "./run.js";

export async function networksWithoutInstitution(
  _: unknown,
  args: { institution: string; county?: string | null },
  { analysis }: AnalysisContext,
) {
  const result = await runAnalysis<{ institutionKnown: boolean; countyKnown: boolean; networks: unknown[] }>(
    analysis,
    "networks-without-institution",
    { institution: args.institution, county: args.county ?? null },
  );
  requireFound([
    ["institution", result.institutionKnown, `No institution has the id "${args.institution}"`],
    ["county", result.countyKnown, `No network is in the county "${args.county}"`],
  ]);
  return result.networks;
}

export async function fragileNetworks(_: unknown, args: { county?: string | null }, { analysis }: AnalysisContext) {
  const result = await runAnalysis<{ countyKnown: boolean; networks: unknown[] }>(analysis, "fragile-networks", {
    county: args.county ?? null,
  });
  requireFound([["county", result.countyKnown, `No network is in the county "${args.county}"`]]);
  return result.networks;
}

export async function uncoveredMunicipalities(
  _: unknown,
  args: { network: string; scheme?: string | null; targetGroup?: string | null },
  { analysis }: AnalysisContext,
) {
  const { networkKnown, schemeKnown, ...answer } = await runAnalysis<{ networkKnown: boolean; schemeKnown: boolean }>(
    analysis,
    "uncovered-municipalities",
    { network: args.network, scheme: args.scheme ?? null, targetGroup: args.targetGroup ?? null },
  );
  requireFound([
    ["network", networkKnown, `No network has the id "${args.network}"`],
    ["scheme", schemeKnown, `No scheme has the id "${args.scheme}"`],
  ]);
  return answer;
}

export async function coverageMap(
  _: unknown,
  args: { scheme?: string | null; targetGroup?: string | null; county?: string | null },
  { analysis }: AnalysisContext,
) {
  const { schemeKnown, countyKnown, ...map } = await runAnalysis<{ schemeKnown: boolean; countyKnown: boolean }>(
    analysis,
    "coverage-map",
    { scheme: args.scheme ?? null, targetGroup: args.targetGroup ?? null, county: args.county ?? null },
  );
  requireFound([
    ["scheme", schemeKnown, `No scheme has the id "${args.scheme}"`],
    ["county", countyKnown, `No county has the name or number "${args.county}"`],
  ]);
  return map;
}

export const PERSON_LOAD_MAX = 1000;

export async function personLoad(_: unknown, args: { limit: number }, { analysis }: AnalysisContext) {
  if (args.limit < 1 || args.limit > PERSON_LOAD_MAX) {
    throw badInput("limit", `Expected a limit from 1 to ${PERSON_LOAD_MAX}, got ${args.limit}`);
  }
  const result = await runAnalysis<{ people: unknown[] }>(analysis, "person-load", { limit: neo4j.int(args.limit) });
  return result.people;
}

export async function trackParticipation(_: unknown, _args: unknown, { analysis }: AnalysisContext) {
  const result = await runAnalysis<{ tracks: unknown[] }>(analysis, "track-participation", {});
  return result.tracks;
}
