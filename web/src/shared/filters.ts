import { useQuery } from "@tanstack/react-query";
import { FilterOptionsDocument } from "../generated/graphql";
import { execute } from "./api";

/** The choices every page's filters offer; asked once and shared between pages. */
export function useFilterOptions() {
  return useQuery({
    queryKey: ["filter-options"],
    queryFn: () => execute(FilterOptionsDocument),
    staleTime: 5 * 60_000,
  });
}
