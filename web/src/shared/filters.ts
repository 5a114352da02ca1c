import { useQuery } from "@tanstack/react-query";
import { FilterOptionsDocument, PersonOptionsDocument } from "../generated/graphql";
import { execute } from "./api";

/** The choices every page's filters offer; asked once and shared between pages. */
export function useFilterOptions() {
  return useQuery({
    queryKey: ["filter-options"],
    queryFn: () => execute(FilterOptionsDocument),
    staleTime: 5 * 60_000,
  });
}

/** The people, for the pages that narrow to one. */
export function usePersonOptions() {
  return useQuery({
    queryKey: ["person-options"],
    queryFn: () => execute(PersonOptionsDocument),
    staleTime: 5 * 60_000,
  });
}
