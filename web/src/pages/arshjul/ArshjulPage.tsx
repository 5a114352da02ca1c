import { Alert, Button, Heading, Link as DsLink, Paragraph, ToggleGroup } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import {
  ArshjulConflictsDocument,
  type ArshjulConflictFragment,
  MeetingRangeDocument,
  MeetingsBetweenDocument,
  type MeetingsBetweenQuery,
  UpcomingDeadlinesDocument,
} from "../../generated/graphql";
import { execute } from "../../shared/api";
import { DataTable } from "../../shared/DataTable";
import { FilterBar, PersonFilter, SelectFilter } from "../../shared/Filters";
import { useFilterOptions, usePersonOptions } from "../../shared/filters";
import { formatDate, formatMonth, timeSpan, today } from "../../shared/format";
import { QueryView } from "../../shared/QueryView";
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
});

type Meeting = MeetingsBetweenQuery["meetingsBetween"][number];
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

function MonthGrid({
  month,
  meetings,
  conflicts,
  deadlines,
}: {
  month: string;
  meetings: Meeting[];
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
  const options = useFilterOptions();
  const people = usePersonOptions();
  const from = `${state.maned}-01`;
  const to = lastDay(state.maned);
  const scope = {
    network: state.nettverk || null,
    initiative: state.tiltak || null,
    institution: state.institusjon || null,
    person: state.person || null,
  };
  const meetings = useQuery({
    queryKey: ["meetings-between", from, to, scope],
    queryFn: () => execute(MeetingsBetweenDocument, { from, to, ...scope }),
  });
  const conflicts = useQuery({
    queryKey: ["arshjul-conflicts", from, to],
    queryFn: () => execute(ArshjulConflictsDocument, { from, to }),
  });
  const deadlines = useQuery({
    queryKey: ["upcoming-deadlines", from],
    queryFn: () => execute(UpcomingDeadlinesDocument, { after: from }),
  });
  const range = useQuery({ queryKey: ["meeting-range"], queryFn: () => execute(MeetingRangeDocument) });
  const shownIds = new Set(meetings.data?.meetingsBetween.map((m) => m.id));
  // Conflicts among the meetings shown: the filters narrow them too.
  const shown = (list: Conflict[] = []) => list.filter((c) => c.meetings.some((m) => shownIds.has(m.id)));
  const shownStated = shown(conflicts.data?.stated);
  const shownPossible = shown(conflicts.data?.possible);
  const monthDeadlines = (deadlines.data?.upcomingDeadlines ?? []).filter((d) => d.date <= to);
  // A chosen person's calendar is the person's whole feed, whatever else is chosen.
  const feed = state.person || state.tiltak || state.nettverk;
  const personName = people.data?.people.find((p) => p.id === state.person)?.name ?? state.person;
  const latest = range.data?.last[0]?.date;
  const earliest = range.data?.first[0]?.date;

  return (
    <>
      <Heading level={1} data-size="lg">
        Årshjul
      </Heading>
      <Paragraph>Møter og frister måned for måned, og hvem som er satt opp på to møter samme dag.</Paragraph>
      <FilterBar>
        <SelectFilter
          label="Nettverk"
          value={state.nettverk}
          allLabel="Alle nettverk"
          options={(options.data?.networks ?? []).map((n) => ({ value: n.id, label: n.name }))}
          onChange={(nettverk) => update({ nettverk })}
        />
        <SelectFilter
          label="Tiltak"
          value={state.tiltak}
          allLabel="Alle tiltak"
          options={(options.data?.initiatives ?? []).map((i) => ({ value: i.id, label: i.name }))}
          onChange={(tiltak) => update({ tiltak })}
        />
        <SelectFilter
          label="Institusjon"
          value={state.institusjon}
          allLabel="Alle institusjoner"
          options={(options.data?.institutions ?? []).map((i) => ({ value: i.id, label: i.name }))}
          onChange={(institusjon) => update({ institusjon })}
        />
        <PersonFilter value={state.person} onChange={(person) => update({ person })} />
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
      <QueryView
        query={meetings}
        what="møtene"
        isEmpty={(d) => d.meetingsBetween.length === 0 && monthDeadlines.length === 0}
        empty={
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
        }
      >
        {(d) =>
          state.visning === "maned" ? (
            <MonthGrid
              month={state.maned}
              meetings={d.meetingsBetween}
              conflicts={[...shownStated, ...shownPossible]}
              deadlines={monthDeadlines}
            />
          ) : (
            <DataTable
              caption={`Møter i ${formatMonth(state.maned)}`}
              filename={`moter-${state.maned}`}
              rows={d.meetingsBetween}
              rowKey={(m) => m.id}
              columns={[
                { label: "Dato", value: (m) => m.date, render: (m) => formatDate(m.date) },
                { label: "Tid", value: (m) => timeSpan(m.startTime, m.endTime) },
                { label: "Møte", value: (m) => m.title },
                { label: "Sted", value: (m) => m.place ?? (m.mode === "DIGITAL" ? "digitalt" : "") },
                { label: "Tiltak", value: (m) => m.initiatives.map((i) => i.name).join(", ") },
              ]}
            />
          )
        }
      </QueryView>
      <section aria-labelledby="konflikter">
        <Heading level={2} data-size="md" id="konflikter">
          Dobbeltbookinger
        </Heading>
        <QueryView query={conflicts} what="dobbeltbookingene">
          {() => (
            <>
              <Conflicts conflicts={shownStated} possible={false} />
              <Heading level={3} data-size="xs">
                Mulige dobbeltbookinger
              </Heading>
              <Paragraph data-size="sm">
                Her er deltakelsen utledet av partnerskap (partner i tiltaket, støtter nettverket, med i
                arbeidsgruppen), ikke oppført i dokumentene for minst ett av møtene.
              </Paragraph>
              <Conflicts conflicts={shownPossible} possible />
            </>
          )}
        </QueryView>
      </section>
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
