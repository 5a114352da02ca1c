import { useQuery } from "@tanstack/react-query";
import { CoverageMapDocument } from "../../../generated/graphql";
import { execute } from "../../../shared/api";

/** The municipalities of the county that no initiative of the scheme reaches, though their network has some. */
export function useCoverageGaps(county: string, scheme: string) {
  return useQuery({
    queryKey: ["coverage-map", county, scheme],
    queryFn: () => execute(CoverageMapDocument, { county: county || null, scheme: scheme || null }),
    select: (d) => d.coverageMap.municipalities.filter((m) => m.status === "GAP"),
  });
}
