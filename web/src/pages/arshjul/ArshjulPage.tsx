import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { NotFoundError } from "../../shared/api";
import { useName } from "../../shared/filter-queries";
import { useUpcomingDeadlines } from "./api/deadlines";
import { useMeetingConflicts } from "./api/meeting-conflicts";
import { useMeetingList } from "./api/meeting-list";
import { useMonthCount, useMonthMeetings } from "./api/month-meetings";
import { useNearestMeetings } from "./api/nearest-meetings";
import { ArshjulFilters } from "./components/ArshjulFilters";
import { ConflictSection } from "./components/ConflictSection";
import { DeadlineSection } from "./components/DeadlineSection";
import { EmptyMonth } from "./components/EmptyMonth";
import { MeetingTable } from "./components/MeetingTable";
import { MonthTools } from "./components/MonthTools";
import { MonthView } from "./components/MonthView";
import { SubscribeLink } from "./components/SubscribeLink";
import { useArshjulAddress } from "./month-address";

export default function ArshjulPage() {
  const { state, update, question } = useArshjulAddress();
  const gridShown = state.visning === "maned";
  const count = useMonthCount(question, gridShown);
  const meetings = useMonthMeetings(question, count, gridShown);
  const list = useMeetingList(question, !gridShown);
  const total = gridShown ? count.total : list.total;
  const conflicts = useMeetingConflicts(question, total);
  const deadlines = useUpcomingDeadlines(question);
  const nearest = useNearestMeetings(question, total === 0);
  const person = useName("person", state.person);
  const empty = <EmptyMonth month={state.maned} nearest={nearest.data} go={(maned) => update({ maned })} />;
  return (
    <>
      <Heading level={1} data-size="lg">
        Årshjul
      </Heading>
      <Paragraph>Møter og frister måned for måned, og hvem som er satt opp på to møter samme dag.</Paragraph>
      <ArshjulFilters state={state} update={update} />
      <MonthTools state={state} update={update} />
      {gridShown ? (
        <MonthView
          month={state.maned}
          count={count}
          meetings={meetings}
          conflicts={conflicts.all}
          deadlines={deadlines.inMonth}
          empty={empty}
        />
      ) : (
        <MeetingTable month={state.maned} list={list} deadlines={deadlines.inMonth} empty={empty} />
      )}
      {/* An unknown id of the filters is told once, where the meetings are. */}
      {!(conflicts.query.error instanceof NotFoundError) && (
        <ConflictSection
          conflicts={conflicts}
          scope={question.scope}
          total={total}
          meetingsFailed={(gridShown ? count.query : list.query).isError}
        />
      )}
      <DeadlineSection deadlines={deadlines} />
      <SubscribeLink state={state} personName={person.data?.name} />
    </>
  );
}
