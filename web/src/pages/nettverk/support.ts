import type { NetworkPartnersQuery, SupportNetworkQuery } from "../../generated/graphql";

export type Partner = NetworkPartnersQuery["networkPartners"]["institutions"][number];
export type Support = SupportNetworkQuery["supportNetwork"];
