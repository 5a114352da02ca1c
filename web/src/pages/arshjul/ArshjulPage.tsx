import { Alert, Button, Heading, Link as DsLink, Paragraph, ToggleGroup } from "@digdir/designsystemet-react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import {
  ArshjulConflictsDocument,
  type ArshjulConflictFragment,
  MeetingCountsDocument,
  MeetingRangeDocument,
  MeetingsPageDocument,
  type MeetingsPageQuery,
  UpcomingDeadlinesDocument,
} from "../../generated/graphql";
import { execute, NotFoundError } from "../../shared/api";
import { DataTable } from "../../shared/DataTable";
import { FilterBar } from "../../shared/Filters";
import { useName } from "../../shared/filters";
import { formatDate, formatMonth, timeSpan, today } from "../../shared/format";
import { ErrorMessage, QueryView } from "../../shared/QueryView";
import { SearchFilter } from "../../shared/SearchFilter";
import { useUrlState } from "../../shared/url-state";
import { addMonths, isoWeek, lastDay, monthWeeks } from "./calendar";

const filters = z.object({
  visning: z.enum(["maned", "liste"]).catch("maned"),
  maned: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .catch(() => today().slice(0, 7)),
  nettverk: z.string().catch(""),
  tiltak: z.string().catch(""),
  institusjon: z.string().catch(""),
  person: z.string().catch(""),
  // Meetings per page of the list; the month grid shows a month of up to three pages.
  per: z
    .string()
    .regex(/^[1-9]\d{0,2}$/)
    .refine((per) => Number(per) <= 200)
    .catch("100"),
});

/** How many pages of meetings the month grid shows at most; a busier month shows counts per day. */
const GRID_PAGES = 3;

type Meeting = MeetingsPageQuery["meetingsPage"]["meetings"][number];
type Conflict = ArshjulConflictFragment;

const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
const who = (c: Conflict) => c.person?.name ?? c.institution?.name ?? "";

const BASIS: Record<Conflict["evidence"][number]["basis"], (via: string) => string> = {
  FORUM_PARTICIPANT: (via) => `oppført som deltaker i ${via}`,
  INITIATIVE_PARTNER: (via) => `partner i ${via}`,
  NETWORK_SUPPORTER: (via) => `støtter ${via}`,
  WORKING_GROUP_MEMBER: (via) => `med i ${via}`,
};

/** Why the person or institution is counted at one meeting, and whether a document says so. */
function grounds(conflict: Conflict, meetingId: string): string {
  return conflict.evidence
    .filter((e) => e.meetingId === meetingId)
    .map(
      (e) =>
        `${BASIS[e.basis](e.via)}${e.asWritten ? ` («${e.asWritten}»)` : ""} – ${e.stated ? "står i dokumentet" : "utledet av partnerskapet"}`,
    )
    .join("; ");
}

const meetingCount = (n: number) => (n === 1 ? "1 møte" : `${n} møter`);

/** The month by weeks: each day's meetings, or, for a month too busy to list, each day's count of them. */
function MonthGrid({
  month,
  meetings,
  counts,
  conflicts,
  deadlines,
}: {
  month: string;
  meetings: Meeting[];
  counts: Map<string, number> | null;
  conflicts: Conflict[];
  deadlines: { date: string; name: string }[];
}) {
  const conflictIds = new Set(conflicts.flatMap((c) => c.meetings.map((m) => m.id)));
  const statedIds = new Set(
    conflicts.filter((c) => c.certainty === "STATED").flatMap((c) => c.meetings.map((m) => m.id)),
  );
  return (
    <div className="table-scroll">
      <table className="month" data-testid="maned">
        <caption>{formatMonth(month)}</caption>
        <thead>
          <tr>
            <th scope="col">Uke</th>
            {WEEKDAYS.map((d) => (
              <th scope="col" key={d}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => {
            const firstDay = week.find((d) => d !== null)!;
            return (
              <tr key={firstDay}>
                <th scope="row">{isoWeek(firstDay)}</th>
                {week.map((date, index) =>
                  date === null ? (
                    <td key={index} className="outside" />
                  ) : (
                    <td
                      key={date}
                      data-date={date}
                      className={conflicts.some((c) => c.date === date) ? "conflict-day" : undefined}
                    >
                      <span className="day-number" aria-label={formatDate(date)}>
                        {Number(date.slice(8))}
                      </span>
                      <ul>
                        {counts !== null && (counts.get(date) ?? 0) > 0 && (
                          <li className="meeting-count">{meetingCount(counts.get(date)!)}</li>
                        )}
                        {meetings
                          .filter((m) => m.date === date)
                          .map((m) => (
                            <li key={m.id} className={conflictIds.has(m.id) ? "meeting conflict" : "meeting"}>
                              <span className="time">{timeSpan(m.startTime, m.endTime)}</span> {m.title}
                              {m.place ? `, ${m.place}` : ""}
                              {conflictIds.has(m.id) && (
                                <strong className="conflict-mark">
                                  {statedIds.has(m.id) ? " (konflikt)" : " (mulig konflikt)"}
                                </strong>
                              )}
                            </li>
                          ))}
                        {deadlines
                          .filter((d) => d.date === date)
                          .map((d) => (
                            <li key={d.name} className="deadline">
                              Frist: {d.name}
                            </li>
                          ))}
                      </ul>
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Conflicts({ conflicts, possible }: { conflicts: Conflict[]; possible: boolean }) {
  if (conflicts.length === 0) {
    return (
      <Paragraph>
        {possible
          ? "Partnerskapene gir ingen mulige dobbeltbookinger denne måneden."
          : "Dokumentene viser ingen som er satt opp på to møter samme dag denne måneden."}
      </Paragraph>
    );
  }
  return (
    <ul className={possible ? "conflicts possible" : "conflicts stated"}>
      {conflicts.map((c) => (
        <li key={`${c.date}-${who(c)}`}>
          <Alert data-color={possible ? "info" : "warning"}>
            <Heading level={3} data-size="2xs">
              {who(c)} {possible ? "kan være satt opp" : "er satt opp"} på {c.meetings.length} møter{" "}
              {formatDate(c.date)} (uke {isoWeek(c.date)})
            </Heading>
            <ul>
              {c.meetings.map((m) => (
                <li key={m.id}>
                  {timeSpan(m.startTime, m.endTime)}: {m.title} (
                  {m.initiatives.map((i) => i.name).join(", ") || "uten tiltak"}). Grunnlag: {grounds(c, m.id)}.
                </li>
              ))}
            </ul>
          </Alert>
        </li>
      ))}
    </ul>
  );
}

export default function ArshjulPage() {
  const [state, update] = useUrlState(filters);
  const person = useName("person", state.person);
  const from = `${state.maned}-01`;
  const to = lastDay(state.maned);
  const scope = {
    network: state.nettverk || null,
    initiative: state.tiltak || null,
    institution: state.institusjon || null,
    person: state.person || null,
  };
  const per = Number(state.per);
  const variables = { from, to, ...scope };
  // The month grid: the month's meetings when they fit in a few pages, else (a national
  // month holds thousands) how many fall on each day.
  const grid = useQuery({
    queryKey: ["meetings-page", variables, GRID_PAGES * per],
    queryFn: () => execute(MeetingsPageDocument, { ...variables, first: GRID_PAGES * per }),
    enabled: state.visning === "maned",
  });
  const busy = grid.data?.meetingsPage.pageInfo.hasNextPage === true;
  const counts = useQuery({
    queryKey: ["meeting-counts", variables],
    queryFn: () => execute(MeetingCountsDocument, { ...variables, by: "DAY" }),
    enabled: state.visning === "maned" && busy,
  });
  // The list: a page at a time, the next after the last one's cursor.
  const list = useInfiniteQuery({
    queryKey: ["meetings-pages", variables, per],
    queryFn: ({ pageParam }) => execute(MeetingsPageDocument, { ...variables, first: per, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: ({ meetingsPage: { pageInfo } }) => (pageInfo.hasNextPage ? pageInfo.endCursor : null),
    enabled: state.visning === "liste",
  });
  // Those with a meeting of the filters: the API narrows them, so a network's month is not the country's.
  const conflicts = useQuery({
    queryKey: ["arshjul-conflicts", variables],
    queryFn: () => execute(ArshjulConflictsDocument, variables),
  });
  const deadlines = useQuery({
    queryKey: ["upcoming-deadlines", from],
    queryFn: () => execute(UpcomingDeadlinesDocument, { after: from }),
  });
  const range = useQuery({ queryKey: ["meeting-range"], queryFn: () => execute(MeetingRangeDocument) });
  const listed = list.data?.pages.flatMap((p) => p.meetingsPage.meetings) ?? [];
  const stated = conflicts.data?.stated ?? [];
  const possible = conflicts.data?.possible ?? [];
  const monthDeadlines = (deadlines.data?.upcomingDeadlines ?? []).filter((d) => d.date <= to);
  // A chosen person's calendar is the person's whole feed, whatever else is chosen.
  const feed = state.person || state.tiltak || state.nettverk;
  const personName = person.data?.name ?? state.person;
  const latest = range.data?.last[0]?.date;
  const earliest = range.data?.first[0]?.date;
  const empty = (
    <Paragraph>
      Ingen møter eller frister i {formatMonth(state.maned)} med disse valgene.
      {latest && earliest && (
        <>
          {" "}
          Grafen har møter fra {formatDate(earliest)} til {formatDate(latest)}.{" "}
          <Button variant="tertiary" data-size="sm" onClick={() => update({ maned: latest.slice(0, 7) })}>
            Gå til {formatMonth(latest.slice(0, 7))}
          </Button>
        </>
      )}
    </Paragraph>
  );

  return (
    <>
      <Heading level={1} data-size="lg">
        Årshjul
      </Heading>
      <Paragraph>Møter og frister måned for måned, og hvem som er satt opp på to møter samme dag.</Paragraph>
      <FilterBar>
        <SearchFilter
          kind="network"
          label="Nettverk"
          value={state.nettverk}
          allLabel="Alle nettverk"
          onChange={(nettverk) => update({ nettverk })}
        />
        <SearchFilter
          kind="initiative"
          label="Tiltak"
          value={state.tiltak}
          allLabel="Alle tiltak"
          onChange={(tiltak) => update({ tiltak })}
        />
        <SearchFilter
          kind="institution"
          label="Institusjon"
          value={state.institusjon}
          allLabel="Alle institusjoner"
          onChange={(institusjon) => update({ institusjon })}
        />
        <SearchFilter
          kind="person"
          label="Person"
          value={state.person}
          allLabel="Alle personer"
          onChange={(person) => update({ person })}
        />
      </FilterBar>
      <div className="month-tools">
        <Button variant="secondary" data-size="sm" onClick={() => update({ maned: addMonths(state.maned, -1) })}>
          Forrige måned
        </Button>
        <Heading level={2} data-size="sm" className="month-title">
          {formatMonth(state.maned)}
        </Heading>
        <Button variant="secondary" data-size="sm" onClick={() => update({ maned: addMonths(state.maned, 1) })}>
          Neste måned
        </Button>
        <ToggleGroup
          data-size="sm"
          value={state.visning}
          onChange={(visning) => update({ visning: visning as "maned" | "liste" })}
          aria-label="Visning"
        >
          <ToggleGroup.Item value="maned">Måned</ToggleGroup.Item>
          <ToggleGroup.Item value="liste">Liste</ToggleGroup.Item>
        </ToggleGroup>
      </div>
      {state.visning === "maned" ? (
        <QueryView
          query={grid}
          what="møtene"
          isEmpty={(d) => d.meetingsPage.totalCount === 0 && monthDeadlines.length === 0}
          empty={empty}
        >
          {(d) => (
            <>
              {busy && (
                <Alert data-color="info" className="state">
                  <Paragraph>
                    {formatMonth(state.maned)} har {d.meetingsPage.totalCount} møter, for mange til å vises ett for ett;
                    kalenderen viser hvor mange det er hver dag. Velg et nettverk, et tiltak, en institusjon eller en
                    person for å se møtene, eller bruk listevisningen.
                  </Paragraph>
                </Alert>
              )}
              {busy && counts.isError && <ErrorMessage error={counts.error} retry={() => void counts.refetch()} />}
              <MonthGrid
                month={state.maned}
                meetings={busy ? [] : d.meetingsPage.meetings}
                counts={busy ? new Map(counts.data?.meetingCounts.map((c) => [c.period, c.meetings] as const)) : null}
                conflicts={[...stated, ...possible]}
                deadlines={monthDeadlines}
              />
            </>
          )}
        </QueryView>
      ) : (
        <QueryView
          query={list}
          what="møtene"
          isEmpty={(d) => d.pages[0]!.meetingsPage.totalCount === 0 && monthDeadlines.length === 0}
          empty={empty}
        >
          {(d) => (
            <>
              <DataTable
                caption={`Møter i ${formatMonth(state.maned)}`}
                filename={`moter-${state.maned}`}
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
                {list.hasNextPage && (
                  <Button
                    variant="secondary"
                    data-size="sm"
                    loading={list.isFetchingNextPage}
                    onClick={() => void list.fetchNextPage()}
                  >
                    Vis flere
                  </Button>
                )}
              </div>
              {list.isFetchNextPageError && <ErrorMessage error={list.error} retry={() => void list.fetchNextPage()} />}
            </>
          )}
        </QueryView>
      )}
      {/* An unknown id of the filters is told once, where the meetings are. */}
      {!(conflicts.error instanceof NotFoundError) && (
        <section aria-labelledby="konflikter">
          <Heading level={2} data-size="md" id="konflikter">
            Dobbeltbookinger
          </Heading>
          <QueryView query={conflicts} what="dobbeltbookingene">
            {() => (
              <>
                <Conflicts conflicts={stated} possible={false} />
                <Heading level={3} data-size="xs">
                  Mulige dobbeltbookinger
                </Heading>
                <Paragraph data-size="sm">
                  Her er deltakelsen utledet av partnerskap (partner i tiltaket, støtter nettverket, med i
                  arbeidsgruppen), ikke oppført i dokumentene for minst ett av møtene.
                </Paragraph>
                <Conflicts conflicts={possible} possible />
              </>
            )}
          </QueryView>
        </section>
      )}
      <section aria-labelledby="frister">
        <Heading level={2} data-size="md" id="frister">
          Frister
        </Heading>
        <QueryView
          query={deadlines}
          what="fristene"
          isEmpty={(d) => d.upcomingDeadlines.length === 0}
          empty={<Paragraph>Ingen frister er registrert.</Paragraph>}
        >
          {(d) => (
            <ul>
              {d.upcomingDeadlines.slice(0, 6).map((deadline) => (
                <li key={deadline.deadlineId}>
                  {formatDate(deadline.date)}: {deadline.name} ({deadline.sender}
                  {deadline.recipient ? ` til ${deadline.recipient}` : ""})
                  {deadline.setLocally ? ", dato settes lokalt" : ""}
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </section>
      <Paragraph>
        {feed ? (
          <DsLink href={`/calendar/${encodeURIComponent(feed)}.ics`}>
            {state.person
              ? `Abonner på kalenderen til ${personName} (.ics)`
              : "Abonner på disse møtene i kalenderen din (.ics)"}
          </DsLink>
        ) : (
          "Velg et nettverk, et tiltak eller en person for å få en kalender å abonnere på."
        )}
      </Paragraph>
    </>
  );
}
