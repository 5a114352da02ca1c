import { useQuery } from "@tanstack/react-query";
import { NetworkCardDocument, type NetworkCardQuery } from "../../../generated/graphql";
import { execute } from "../../../shared/api";

export type Network = NetworkCardQuery["networks"][number];

/** The network: its members and how membership is known, its initiatives and tracks. */
export function useNetworkCard(id: string) {
  return useQuery({ queryKey: ["network-card", id], queryFn: () => execute(NetworkCardDocument, { id }) });
}
