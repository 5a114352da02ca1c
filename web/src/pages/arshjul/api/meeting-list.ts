import { useInfiniteQuery } from "@tanstack/react-query";
import { MeetingsPageDocument } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import { type MonthQuestion, monthVariables } from "../month-address";

/** The month's meetings as a list, a page at a time, the next after the last one's cursor. */
export function useMeetingList(question: MonthQuestion, shown: boolean) {
  const variables = monthVariables(question);
  const query = useInfiniteQuery({
    queryKey: ["meetings-pages", variables, question.per],
    queryFn: ({ pageParam }) => execute(MeetingsPageDocument, { ...variables, first: question.per, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: ({ meetingsPage: { pageInfo } }) => (pageInfo.hasNextPage ? pageInfo.endCursor : null),
    enabled: shown,
  });
  return {
    query,
    total: query.data?.pages[0]?.meetingsPage.totalCount,
    listed: query.data?.pages.flatMap((p) => p.meetingsPage.meetings) ?? [],
  };
}

export type MeetingList = ReturnType<typeof useMeetingList>;
