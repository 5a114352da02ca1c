import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical from "ical-generator";
import { DateTime } from "luxon";
import { type AnalysisDatabase, runAnalysis } from "../analysis/run.js";

/** The documents' times are Norwegian wall-clock times. */
const TIMEZONE = "Europe/Oslo";

interface FeedMeeting {
  id: string;
  title: string;
  date: string;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  mode: string | null;
  online: string | null;
  place: string | null;
  agenda: string[];
  text: string;
  forums: string[];
  initiatives: string[];
}

const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: TIMEZONE });
const day = (date: string) => DateTime.fromISO(date, { zone: TIMEZONE });

function description(meeting: FeedMeeting): string {
  return [
    ...meeting.agenda.map((item) => `- ${item}`),
    meeting.agenda.length > 0 ? "" : undefined,
    meeting.text,
    "",
    `Forum: ${meeting.forums.join(", ")}`,
    meeting.initiatives.length > 0 ? `Tiltak: ${meeting.initiatives.join(", ")}` : undefined,
    meeting.online ? `Digitalt (${meeting.online})` : undefined,
  ]
    .filter((line) => line !== undefined)
    .join("\n");
}

/**
 * The meetings of a network (through its initiatives) or of an initiative, as an
 * RFC 5545 calendar that calendar applications can subscribe to. Undefined when the
 * id is neither a network's nor an initiative's.
 */
export async function calendarFeed(db: AnalysisDatabase, id: string): Promise<string | undefined> {
  const { name, meetings } = await runAnalysis<{ name: string | null; meetings: FeedMeeting[] }>(db, "calendar-feed", { id });
  if (name === null) return undefined;

  const calendar = ical({
    name: `${name} (kompetansegraf)`,
    prodId: { company: "kompetansegraf", product: "calendar", language: "NO" },
    // No calendar-wide zone, so that DTSTAMP stays in UTC; each event names Europe/Oslo.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const meeting of meetings) {
    const lastDay = meeting.endDate ?? meeting.date;
    const timed = meeting.startTime !== null;
    calendar.createEvent({
      id: `${meeting.id}@kompetansegraf`,
      timezone: TIMEZONE,
      summary: meeting.title,
      description: description(meeting),
      location: meeting.place,
      allDay: !timed,
      start: timed ? at(meeting.date, meeting.startTime ?? "") : day(meeting.date),
      // All-day events end on the day after their last day (RFC 5545: DTEND is exclusive).
      end: timed
        ? meeting.endTime
          ? at(lastDay, meeting.endTime)
          : null
        : day(lastDay).plus({ days: 1 }),
    });
  }
  return calendar.toString();
}
