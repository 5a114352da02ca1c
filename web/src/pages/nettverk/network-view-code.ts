import { useQuery } from "@tanstack/react-query";
import { onDemand } from "../../shared/on-demand";

const networkViewCode = onDemand("nettverkskartet", () => import("./components/NetworkView"));

/** The drawing's code (Cytoscape, ~140 kB gzipped), loaded on demand, once. */
export function useNetworkViewCode() {
  return useQuery(networkViewCode);
}
