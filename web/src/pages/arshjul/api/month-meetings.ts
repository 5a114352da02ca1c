import { useQuery } from "@tanstack/react-query";
import { ArshjulMonthDocument, MeetingsPageDocument, type MeetingsPageQuery } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import { type MonthQuestion, monthVariables } from "../month-address";

export type Meeting = MeetingsPageQuery["meetingsPage"]["meetings"][number];

/**
 * How many pages of meetings the month grid shows at most; a busier month shows counts per
 * day, and with no filter its double bookings are not asked for (a national month holds
 * thousands).
 */
const GRID_PAGES = 3;

/** Whether a month of this many meetings fits the grid one by one. */
export const fitsGrid = (total: number, question: MonthQuestion) => total <= GRID_PAGES * question.per;

/** How many meetings the month holds, and on which days; `busy` when too many to show one by one. */
export function useMonthCount(question: MonthQuestion, shown: boolean) {
  const variables = monthVariables(question);
  const query = useQuery({
    queryKey: ["arshjul-month", variables],
    queryFn: () => execute(ArshjulMonthDocument, variables),
    enabled: shown,
  });
  const total = query.data?.meetingsPage.totalCount;
  return { query, total, busy: total !== undefined && !fitsGrid(total, question) };
}

export type MonthCount = ReturnType<typeof useMonthCount>;

/**
 * The month's meetings for the grid, when they fit in a few pages. With a filter they are asked
 * beside the count (a network's month fits); with none, only once the count says they fit.
 */
export function useMonthMeetings(question: MonthQuestion, count: MonthCount, shown: boolean) {
  const variables = monthVariables(question);
  const first = GRID_PAGES * question.per;
  const fits = count.total !== undefined && count.total > 0 && !count.busy;
  return useQuery({
    queryKey: ["meetings-page", variables, first],
    queryFn: () => execute(MeetingsPageDocument, { ...variables, first }),
    enabled: shown && (!question.unscoped || fits),
  });
}
