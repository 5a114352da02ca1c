import { useQuery } from "@tanstack/react-query";
import { NetworkPartnersDocument, type NetworkPartnersQuery } from "../../../generated/graphql";
import { execute } from "../../../shared/api";

export type Partner = NetworkPartnersQuery["networkPartners"]["institutions"][number];

/** The institutions that support the network, through whom, under which schemes and initiatives. */
export function useNetworkPartners(network: string) {
  return useQuery({
    queryKey: ["network-partners", network],
    queryFn: () => execute(NetworkPartnersDocument, { network }),
  });
}
