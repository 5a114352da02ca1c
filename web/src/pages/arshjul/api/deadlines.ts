import { useQuery } from "@tanstack/react-query";
import { UpcomingDeadlinesDocument } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import type { MonthQuestion } from "../month-address";

/** The deadlines from the month's first day on, and those that fall within the month. */
export function useUpcomingDeadlines({ from, to }: MonthQuestion) {
  const query = useQuery({
    queryKey: ["upcoming-deadlines", from],
    queryFn: () => execute(UpcomingDeadlinesDocument, { after: from }),
  });
  return { query, inMonth: (query.data?.upcomingDeadlines ?? []).filter((d) => d.date <= to) };
}
