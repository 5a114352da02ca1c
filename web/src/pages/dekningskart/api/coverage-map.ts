import { useQuery } from "@tanstack/react-query";
import { CoverageMapDocument, type TargetGroup } from "../../../generated/graphql";
import { execute } from "../../../shared/api";

/** Every municipality of the county (undefined: the country) with its coverage by the scheme and target group. */
export function useCoverageMap(filters: {
  fylke: string;
  county: string | undefined;
  ordning: string;
  malgruppe: TargetGroup | "";
}) {
  return useQuery({
    queryKey: ["coverage-map", filters.fylke, filters.ordning, filters.malgruppe],
    queryFn: () =>
      execute(CoverageMapDocument, {
        county: filters.county ?? null,
        scheme: filters.ordning || null,
        targetGroup: filters.malgruppe || null,
      }),
  });
}
