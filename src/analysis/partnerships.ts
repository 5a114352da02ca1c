import type { AnalysisContext } from "./context.js";
import { requireFound } from "./errors.js";
import { runAnalysis } from "./run.js";

export async function partnershipMatrix(
  _: unknown,
  args: { county?: string | null; scheme?: string | null; rollUpUnits: boolean },
  { analysis }: AnalysisContext,
) {
  const { schemeKnown, countyKnown, ...matrix } = await runAnalysis<{
    schemeKnown: boolean;
    countyKnown: boolean;
    institutions: unknown[];
    rows: unknown[];
  }>(analysis, "partnership-matrix", {
    county: args.county ?? null,
    scheme: args.scheme ?? null,
    rollUpUnits: args.rollUpUnits,
  });
  requireFound([
    ["scheme", schemeKnown, `No scheme has the id "${args.scheme}"`],
    ["county", countyKnown, `No network is in the county "${args.county}"`],
  ]);
  return matrix;
}

export async function networkPartners(_: unknown, args: { network: string }, { analysis }: AnalysisContext) {
  const { networkKnown, ...partners } = await runAnalysis<{
    networkKnown: boolean;
    network: unknown;
    institutions: unknown[];
  }>(analysis, "network-partners", { network: args.network });
  requireFound([["network", networkKnown, `No network has the id "${args.network}"`]]);
  return partners;
}

export async function institutionReach(
  _: unknown,
  args: { institution: string; includeUnits: boolean },
  { analysis }: AnalysisContext,
) {
  const { institutionKnown, ...reach } = await runAnalysis<{ institutionKnown: boolean }>(
    analysis,
    "institution-reach",
    args,
  );
  requireFound([["institution", institutionKnown, `No institution has the id "${args.institution}"`]]);
  return reach;
}
