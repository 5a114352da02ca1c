import { useQuery } from "@tanstack/react-query";
import { SupportNetworkDocument, type SupportNetworkQuery } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import { byName } from "../../../shared/format";
import type { Network } from "./network-card";

type Person = SupportNetworkQuery["supportNetwork"]["people"][number];
export type SoleContact = { person: Person["person"] } & Person["soleContacts"][number];

/**
 * Every person who is the network's only contact at an institution, by name: the server's support
 * analysis, which is asked over the network's county.
 */
export function useSoleContacts(network: Network) {
  const county = network.county ?? "";
  return useQuery({
    queryKey: ["support-network", county],
    queryFn: () => execute(SupportNetworkDocument, { county: county || null }),
    select: (data): SoleContact[] =>
      data.supportNetwork.people
        .flatMap((p) =>
          p.soleContacts.filter((s) => s.network.id === network.id).map((s) => ({ person: p.person, ...s })),
        )
        .sort((a, b) => byName(a.person, b.person) || byName(a.institution, b.institution)),
  });
}
