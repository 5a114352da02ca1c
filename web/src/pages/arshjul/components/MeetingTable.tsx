import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { DataTable } from "../../../shared/DataTable";
import { formatDate, formatMonth, timeSpan } from "../../../shared/format";
import { ErrorMessage, QueryView } from "../../../shared/QueryView";
import type { MeetingList } from "../api/meeting-list";
import { meetingCount } from "./meeting-count";

interface Props {
  month: string;
  list: MeetingList;
  deadlines: { date: string; name: string }[];
  /** What an empty month says. */
  empty: ReactNode;
}

/** The month's meetings as a table, a page at a time. */
export function MeetingTable({ month, list: { query, listed }, deadlines, empty }: Props) {
  return (
    <QueryView
      query={query}
      what="møtene"
      isEmpty={(d) => d.pages[0]!.meetingsPage.totalCount === 0 && deadlines.length === 0}
      empty={empty}
    >
      {(d) => (
        <>
          <DataTable
            caption={`Møter i ${formatMonth(month)}`}
            filename={`moter-${month}`}
            rows={listed}
            rowKey={(m) => m.id}
            columns={[
              { label: "Dato", value: (m) => m.date, render: (m) => formatDate(m.date) },
              { label: "Tid", value: (m) => timeSpan(m.startTime, m.endTime) },
              { label: "Møte", value: (m) => m.title },
              { label: "Sted", value: (m) => m.place ?? (m.mode === "DIGITAL" ? "digitalt" : "") },
              { label: "Tiltak", value: (m) => m.initiatives.map((i) => i.name).join(", ") },
            ]}
          />
          <div className="more">
            <Paragraph data-size="sm" role="status">
              Viser {listed.length} av {meetingCount(d.pages[0]!.meetingsPage.totalCount)}
            </Paragraph>
            {query.hasNextPage && (
              <Button
                variant="secondary"
                data-size="sm"
                loading={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                Vis flere
              </Button>
            )}
          </div>
          {query.isFetchNextPageError && <ErrorMessage error={query.error} retry={() => void query.fetchNextPage()} />}
        </>
      )}
    </QueryView>
  );
}
