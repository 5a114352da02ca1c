import { Alert, Button, Details, Heading, Link as DsLink, Paragraph, ToggleGroup } from "@digdir/designsystemet-react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import {
  ArshjulConflictGroundsDocument,
  type ArshjulConflictGroundsFragment,
  ArshjulConflictsDocument,
  type ArshjulConflictFragment,
  ArshjulMonthDocument,
  MeetingsPageDocument,
  NearestMeetingsDocument,
  type MeetingsPageQuery,
  UpcomingDeadlinesDocument,
} from "../../generated/graphql";
import { execute, NotFoundError } from "../../shared/api";
import { DataTable } from "../../shared/DataTable";
import { FilterBar } from "../../shared/FilterControls";
import { useName } from "../../shared/filter-queries";
import { formatDate, formatMonth, timeSpan, today } from "../../shared/format";
import { ErrorMessage, QueryView } from "../../shared/QueryView";
import { ScrollRegion } from "../../shared/ScrollRegion";
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

/**
 * How many pages of meetings the month grid shows at most; a busier month shows counts per
 * day, and with no filter its double bookings are not asked for (a national month holds
 * thousands).
 */
const GRID_PAGES = 3;

type Meeting = MeetingsPageQuery["meetingsPage"]["meetings"][number];
type Conflict = ArshjulConflictFragment;
type Scope = { network: string | null; initiative: string | null; institution: string | null; person: string | null };

const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
const who = (c: Conflict) => c.person?.name ?? c.institution?.name ?? "";
const partyId = (c: { person?: { id: string } | null; institution?: { id: string } | null }) =>
  c.person?.id ?? c.institution?.id;

const BASIS: Record<ArshjulConflictGroundsFragment["evidence"][number]["basis"], (via: string) => string> = {
  FORUM_PARTICIPANT: (via) => `oppført som deltaker i ${via}`,
  INITIATIVE_PARTNER: (via) => `partner i ${via}`,
  NETWORK_SUPPORTER: (via) => `støtter ${via}`,
  WORKING_GROUP_MEMBER: (via) => `med i ${via}`,
};

/** Why the person or institution is counted at one meeting, and whether a document says so. */
function grounds(conflict: ArshjulConflictGroundsFragment, meetingId: string): string {
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
    <ScrollRegion label={`Kalender for ${formatMonth(month)}`}>
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
    </ScrollRegion>
  );
}

/** An opened conflict: its meetings and the grounds for each, asked for the conflict's day and the page's scope. */
function ConflictGrounds({ conflict, scope }: { conflict: Conflict; scope: Scope }) {
  const day = useQuery({
    queryKey: ["arshjul-conflict-grounds", scope, conflict.date],
    queryFn: () => execute(ArshjulConflictGroundsDocument, { date: conflict.date, ...scope }),
  });
  return (
    <QueryView query={day} what="møtene og grunnlaget">
      {(d) => {
        const found = (conflict.certainty === "STATED" ? d.stated : d.possible).find(
          (c) => partyId(c) === partyId(conflict),
        );
        // The graph may have changed since the month was read: say so rather than show nothing.
        if (!found)
          return (
            <Paragraph data-size="sm">
              Dobbeltbookingen finnes ikke lenger i grafen. Last inn siden på nytt for å se månedens dobbeltbookinger.
            </Paragraph>
          );
        return (
          <ul>
            {found.meetings.map((m) => (
              <li key={m.id}>
                {timeSpan(m.startTime, m.endTime)}: {m.title} (
                {m.initiatives.map((i) => i.name).join(", ") || "uten tiltak"}). Grunnlag: {grounds(found, m.id)}.
              </li>
            ))}
          </ul>
        );
      }}
    </QueryView>
  );
}

/** A conflict's meetings and grounds are asked for only when it is opened: a network's month may hold a hundred. */
function ConflictItem({ conflict, possible, scope }: { conflict: Conflict; possible: boolean; scope: Scope }) {
  const [opened, setOpened] = useState(false);
  return (
    <Alert data-color={possible ? "info" : "warning"}>
      <Heading level={3} data-size="2xs">
        {who(conflict)} {possible ? "kan være satt opp" : "er satt opp"} på {conflict.meetings.length} møter{" "}
        {formatDate(conflict.date)} (uke {isoWeek(conflict.date)})
      </Heading>
      <Details onToggle={(event) => setOpened(opened || (event.target as HTMLDetailsElement).open)}>
        <Details.Summary>Møtene og grunnlaget</Details.Summary>
        <Details.Content>{opened && <ConflictGrounds conflict={conflict} scope={scope} />}</Details.Content>
      </Details>
    </Alert>
  );
}

function Conflicts({ conflicts, possible, scope }: { conflicts: Conflict[]; possible: boolean; scope: Scope }) {
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
        <li key={`${c.date}-${partyId(c)}`}>
          <ConflictItem conflict={c} possible={possible} scope={scope} />
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
  const scope: Scope = {
    network: state.nettverk || null,
    initiative: state.tiltak || null,
    institution: state.institusjon || null,
    person: state.person || null,
  };
  const per = Number(state.per);
  const variables = { from, to, ...scope };
  const unscoped = Object.values(scope).every((id) => id === null);
  // The month grid: how many meetings the month holds and on which days, and its meetings when
  // they fit in a few pages. With a filter both are asked at once (a network's month fits); with
  // none, the meetings only once the count says they fit (a national month holds thousands).
  const month = useQuery({
    queryKey: ["arshjul-month", variables],
    queryFn: () => execute(ArshjulMonthDocument, variables),
    enabled: state.visning === "maned",
  });
  const monthTotal = month.data?.meetingsPage.totalCount;
  const busy = monthTotal !== undefined && monthTotal > GRID_PAGES * per;
  const grid = useQuery({
    queryKey: ["meetings-page", variables, GRID_PAGES * per],
    queryFn: () => execute(MeetingsPageDocument, { ...variables, first: GRID_PAGES * per }),
    enabled: state.visning === "maned" && (!unscoped || (monthTotal !== undefined && monthTotal > 0 && !busy)),
  });
  // The list: a page at a time, the next after the last one's cursor.
  const list = useInfiniteQuery({
    queryKey: ["meetings-pages", variables, per],
    queryFn: ({ pageParam }) => execute(MeetingsPageDocument, { ...variables, first: per, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: ({ meetingsPage: { pageInfo } }) => (pageInfo.hasNextPage ? pageInfo.endCursor : null),
    enabled: state.visning === "liste",
  });
  const total = state.visning === "maned" ? monthTotal : list.data?.pages[0]?.meetingsPage.totalCount;
  // Those with a meeting of the filters: the API narrows them, so a network's month is not the
  // country's. With no filter, only for a month that fits the grid.
  const conflictsAsked = !unscoped || (total !== undefined && total <= GRID_PAGES * per);
  const conflicts = useQuery({
    queryKey: ["arshjul-conflicts", variables],
    queryFn: () => execute(ArshjulConflictsDocument, variables),
    enabled: conflictsAsked,
  });
  const deadlines = useQuery({
    queryKey: ["upcoming-deadlines", from],
    queryFn: () => execute(UpcomingDeadlinesDocument, { after: from }),
  });
  // Where to send a user whose month is empty: asked only then.
  const nearest = useQuery({
    queryKey: ["nearest-meetings", from, to],
    queryFn: () => execute(NearestMeetingsDocument, { before: from, after: to }),
    enabled: total === 0,
  });
  const listed = list.data?.pages.flatMap((p) => p.meetingsPage.meetings) ?? [];
  const stated = conflicts.data?.stated ?? [];
  const possible = conflicts.data?.possible ?? [];
  const monthDeadlines = (deadlines.data?.upcomingDeadlines ?? []).filter((d) => d.date <= to);
  // A chosen person's calendar is the person's whole feed, whatever else is chosen.
  const feed = state.person || state.tiltak || state.nettverk;
  // An id is not a name: until the person's name has come, the link says "the chosen person".
  const personName = person.data?.name ?? "den valgte personen";
  const goTo = (label: string, date: string | undefined) =>
    date && (
      <>
        {" "}
        {label} i grafen er {formatDate(date)}.{" "}
        <Button variant="tertiary" data-size="sm" onClick={() => update({ maned: date.slice(0, 7) })}>
          Gå til {formatMonth(date.slice(0, 7))}
        </Button>
      </>
    );
  const empty = (
    <Paragraph>
      Ingen møter eller frister i {formatMonth(state.maned)} med disse valgene.
      {goTo("Forrige møte", nearest.data?.earlier[0]?.date)}
      {goTo("Neste møte", nearest.data?.later[0]?.date)}
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
          query={month}
          what="møtene"
          isEmpty={(d) => d.meetingsPage.totalCount === 0 && monthDeadlines.length === 0}
          empty={empty}
        >
          {(m) =>
            busy ? (
              <>
                <Alert data-color="info" className="state">
                  <Paragraph>
                    {formatMonth(state.maned)} har {m.meetingsPage.totalCount} møter, for mange til å vises ett for ett;
                    kalenderen viser hvor mange det er hver dag. Velg et nettverk, et tiltak, en institusjon eller en
                    person for å se møtene, eller bruk listevisningen.
                  </Paragraph>
                </Alert>
                <MonthGrid
                  month={state.maned}
                  meetings={[]}
                  counts={new Map(m.meetingCounts.map((c) => [c.period, c.meetings] as const))}
                  conflicts={[...stated, ...possible]}
                  deadlines={monthDeadlines}
                />
              </>
            ) : m.meetingsPage.totalCount === 0 ? (
              <MonthGrid month={state.maned} meetings={[]} counts={null} conflicts={[]} deadlines={monthDeadlines} />
            ) : (
              <QueryView query={grid} what="møtene">
                {(d) => (
                  <MonthGrid
                    month={state.maned}
                    meetings={d.meetingsPage.meetings}
                    counts={null}
                    conflicts={[...stated, ...possible]}
                    deadlines={monthDeadlines}
                  />
                )}
              </QueryView>
            )
          }
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
          {conflictsAsked ? (
            <QueryView query={conflicts} what="dobbeltbookingene">
              {() => (
                <>
                  <Conflicts conflicts={stated} possible={false} scope={scope} />
                  <Heading level={3} data-size="xs">
                    Mulige dobbeltbookinger
                  </Heading>
                  <Paragraph data-size="sm">
                    Her er deltakelsen utledet av partnerskap (partner i tiltaket, støtter nettverket, med i
                    arbeidsgruppen), ikke oppført i dokumentene for minst ett av møtene.
                  </Paragraph>
                  <Conflicts conflicts={possible} possible scope={scope} />
                </>
              )}
            </QueryView>
          ) : total !== undefined ? (
            <Paragraph>
              Velg et nettverk, et tiltak, en institusjon eller en person for å se hvem som er satt opp på to møter
              samme dag.
            </Paragraph>
          ) : (
            // Until the month's size is known; if it fails, the meetings' own message says so above.
            !(state.visning === "maned" ? month : list).isError && (
              <Paragraph role="status">Henter dobbeltbookingene …</Paragraph>
            )
          )}
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
