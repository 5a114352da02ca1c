import { useQuery } from "@tanstack/react-query";
import { NetworksWithoutInstitutionDocument } from "../../../generated/graphql";
import { execute } from "../../../shared/api";

/** The county's networks no one from the institution supports; asked once an institution is chosen. */
export function useNetworksWithoutInstitution(institution: string, county: string) {
  return useQuery({
    queryKey: ["networks-without-institution", institution, county],
    queryFn: () => execute(NetworksWithoutInstitutionDocument, { institution, county: county || null }),
    enabled: institution !== "",
  });
}
