import { useQuery } from "@tanstack/react-query";
import { PartnershipMatrixDocument, type PartnershipMatrixQuery } from "../../../generated/graphql";
import { execute } from "../../../shared/api";

export type Matrix = PartnershipMatrixQuery["partnershipMatrix"];
export type Cell = Matrix["rows"][number]["cells"][number];

/** Which institution supports which network of the county and scheme, and through whom. */
export function usePartnershipMatrix(filters: { fylke: string; ordning: string; samle: boolean }) {
  return useQuery({
    queryKey: ["partnership-matrix", filters],
    queryFn: () =>
      execute(PartnershipMatrixDocument, {
        county: filters.fylke || null,
        scheme: filters.ordning || null,
        rollUpUnits: filters.samle,
      }),
  });
}
