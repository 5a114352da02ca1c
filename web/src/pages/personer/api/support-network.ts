import { useQuery } from "@tanstack/react-query";
import { SupportNetworkDocument, type SupportNetworkQuery } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import { byName, collator } from "../../../shared/format";

export type Person = SupportNetworkQuery["supportNetwork"]["people"][number];

/** The people of the county's networks: who is an institution's only contact, and how many networks each carries. */
export function useSupportNetwork(county: string) {
  return useQuery({
    queryKey: ["support-network", county],
    queryFn: () => execute(SupportNetworkDocument, { county: county || null }),
    select: ({ supportNetwork: { people } }) => ({
      sole: people
        .flatMap((p) => p.soleContacts.map((s) => ({ person: p.person, ...s })))
        .sort((a, b) => byName(a.person, b.person) || byName(a.network, b.network)),
      byLoad: [...people].sort((a, b) => b.networks - a.networks || collator.compare(a.person.name, b.person.name)),
    }),
  });
}

export type SupportNetwork = NonNullable<ReturnType<typeof useSupportNetwork>["data"]>;
