import { formatDate, formatMonth, timeSpan } from "../../../shared/format";
import { ScrollRegion } from "../../../shared/ScrollRegion";
import type { Conflict } from "../api/meeting-conflicts";
import type { Meeting } from "../api/month-meetings";
import { isoWeek, monthWeeks } from "../month-dates";
import { meetingCount } from "./meeting-count";

const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

interface Day {
  meetings: Meeting[];
  counts: Map<string, number> | null;
  deadlines: { date: string; name: string }[];
}

/** The days and meetings a double booking marks, and which of the meetings a document states it for. */
interface Marks {
  days: Set<string>;
  meetings: Set<string>;
  stated: Set<string>;
}

const meetingIds = (conflicts: Conflict[]) => conflicts.flatMap((c) => c.meetings.map((m) => m.id));

/** The month by weeks: each day's meetings, or, for a month too busy to list, each day's count of them. */
export function MonthGrid({ month, conflicts, ...day }: Day & { month: string; conflicts: Conflict[] }) {
  const marks: Marks = {
    days: new Set(conflicts.map((c) => c.date)),
    meetings: new Set(meetingIds(conflicts)),
    stated: new Set(meetingIds(conflicts.filter((c) => c.certainty === "STATED"))),
  };
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
                    <DayCell key={date} date={date} marks={marks} {...day} />
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

function DayCell({ date, meetings, counts, deadlines, marks }: Day & { date: string; marks: Marks }) {
  return (
    <td data-date={date} className={marks.days.has(date) ? "conflict-day" : undefined}>
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
            <li key={m.id} className={marks.meetings.has(m.id) ? "meeting conflict" : "meeting"}>
              <span className="time">{timeSpan(m.startTime, m.endTime)}</span> {m.title}
              {m.place ? `, ${m.place}` : ""}
              {marks.meetings.has(m.id) && (
                <strong className="conflict-mark">
                  {marks.stated.has(m.id) ? " (konflikt)" : " (mulig konflikt)"}
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
  );
}
