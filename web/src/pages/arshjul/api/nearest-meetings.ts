import { useQuery } from "@tanstack/react-query";
import { NearestMeetingsDocument } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import type { MonthQuestion } from "../month-address";

/** The meetings nearest before and after the month: where to send a user whose month is empty, asked only then. */
export function useNearestMeetings({ from, to }: MonthQuestion, monthEmpty: boolean) {
  return useQuery({
    queryKey: ["nearest-meetings", from, to],
    queryFn: () => execute(NearestMeetingsDocument, { before: from, after: to }),
    enabled: monthEmpty,
  });
}
