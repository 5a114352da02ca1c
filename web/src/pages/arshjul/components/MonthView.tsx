import { Alert, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { formatMonth } from "../../../shared/format";
import { QueryView } from "../../../shared/QueryView";
import type { Conflict } from "../api/meeting-conflicts";
import type { MonthCount, useMonthMeetings } from "../api/month-meetings";
import { MonthGrid } from "./MonthGrid";

interface Props {
  month: string;
  count: MonthCount;
  meetings: ReturnType<typeof useMonthMeetings>;
  conflicts: Conflict[];
  deadlines: { date: string; name: string }[];
  /** What an empty month says. */
  empty: ReactNode;
}

/** The month grid: the meetings one by one, or counted per day when there are too many. */
export function MonthView({ month, count, meetings, conflicts, deadlines, empty }: Props) {
  return (
    <QueryView
      query={count.query}
      what="møtene"
      isEmpty={(d) => d.meetingsPage.totalCount === 0 && deadlines.length === 0}
      empty={empty}
    >
      {(m) => {
        if (count.busy) {
          return (
            <>
              <Alert data-color="info" className="state">
                <Paragraph>
                  {formatMonth(month)} har {m.meetingsPage.totalCount} møter, for mange til å vises ett for ett;
                  kalenderen viser hvor mange det er hver dag. Velg et nettverk, et tiltak, en institusjon eller en
                  person for å se møtene, eller bruk listevisningen.
                </Paragraph>
              </Alert>
              <MonthGrid
                month={month}
                meetings={[]}
                counts={new Map(m.meetingCounts.map((c) => [c.period, c.meetings] as const))}
                conflicts={conflicts}
                deadlines={deadlines}
              />
            </>
          );
        }
        if (m.meetingsPage.totalCount === 0)
          return <MonthGrid month={month} meetings={[]} counts={null} conflicts={[]} deadlines={deadlines} />;
        return (
          <QueryView query={meetings} what="møtene">
            {(d) => (
              <MonthGrid
                month={month}
                meetings={d.meetingsPage.meetings}
                counts={null}
                conflicts={conflicts}
                deadlines={deadlines}
              />
            )}
          </QueryView>
        );
      }}
    </QueryView>
  );
}
