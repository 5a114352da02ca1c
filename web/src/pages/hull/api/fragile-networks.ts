import { useQuery } from "@tanstack/react-query";
import { FragileNetworksDocument } from "../../../generated/graphql";
import { execute } from "../../../shared/api";

/** The county's networks that rest on one person, one institution or none. */
export function useFragileNetworks(county: string) {
  return useQuery({
    queryKey: ["fragile-networks", county],
    queryFn: () => execute(FragileNetworksDocument, { county: county || null }),
  });
}
