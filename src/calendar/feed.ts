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
  /** For a person's or an institution's feed: why the meeting is in it. */
  reasons: string[];
}

/**
 * Text from the graph made safe for a content line by construction: control characters
 * (CR and LF among them) and Unicode line separators become spaces, so that no value can
 * end its line and start another (a URL: or ATTACH: of its own), whatever the graph holds.
 * ical-generator escapes what is left (\\ ; , and the line breaks of a description).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it replaces
const LINE_BREAKING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const oneLine = (text: string) => text.replace(/\r\n?|\n|\t/g, " ").replace(LINE_BREAKING, " ");
const lines = (text: string) => text.replace(/\r\n?/g, "\n").replace(LINE_BREAKING, " ");
/**
 * A UID from an id: an id is a slug, which stays as it is; anything else in an id written
 * before ids were checked (spaces, colons, semicolons, line breaks, …) is percent-encoded.
 */
export function uidOf(id: string): string {
  const encoded = id.replace(/[^a-z0-9-]/gu, (c) => {
    try {
      return encodeURIComponent(c).replace(/[!'()*~._]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`);
    } catch {
      return "%EF%BF%BD"; // a lone surrogate
    }
  });
  return `${encoded}@kompetansegraf`;
}

const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: TIMEZONE });
const day = (date: string) => DateTime.fromISO(date, { zone: TIMEZONE });

function description(meeting: FeedMeeting): string {
  return lines(
    [
      // The agenda is read from the cell's text: one or the other, never both.
      ...(meeting.agenda.length > 0 ? meeting.agenda.map((item) => `- ${oneLine(item)}`) : [meeting.text]),
      "",
      `Forum: ${meeting.forums.map(oneLine).join(", ")}`,
      meeting.initiatives.length > 0 ? `Tiltak: ${meeting.initiatives.map(oneLine).join(", ")}` : undefined,
      meeting.online ? `Digitalt (${oneLine(meeting.online)})` : undefined,
      meeting.reasons.length > 0 ? `I kalenderen fordi: ${meeting.reasons.map(oneLine).join("; ")}` : undefined,
    ]
      .filter((line) => line !== undefined)
      .join("\n"),
  );
}

/**
 * The meetings of a network, an initiative, an institution, a person or a forum
 * (schema/analysis/calendar-feed.cypher says which), as an RFC 5545 calendar that
 * calendar applications can subscribe to. Undefined when the id is none of those.
 */
export async function calendarFeed(db: AnalysisDatabase, id: string): Promise<string | undefined> {
  const { name, meetings } = await runAnalysis<{ name: string | null; meetings: FeedMeeting[] }>(db, "calendar-feed", {
    id,
  });
  if (name === null) return undefined;

  const calendar = ical({
    name: `${oneLine(name)} (kompetansegraf)`,
    prodId: { company: "kompetansegraf", product: "calendar", language: "NO" },
    // No calendar-wide zone, so that DTSTAMP stays in UTC; each event names Europe/Oslo.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const meeting of meetings) {
    const lastDay = meeting.endDate ?? meeting.date;
    const timed = meeting.startTime !== null;
    calendar.createEvent({
      id: uidOf(meeting.id),
      timezone: TIMEZONE,
      summary: oneLine(meeting.title),
      description: description(meeting),
      location: meeting.place === null ? null : oneLine(meeting.place),
      allDay: !timed,
      start: timed ? at(meeting.date, meeting.startTime ?? "") : day(meeting.date),
      // All-day events end on the day after their last day (RFC 5545: DTEND is exclusive).
      end: timed ? (meeting.endTime ? at(lastDay, meeting.endTime) : null) : day(lastDay).plus({ days: 1 }),
    });
  }
  const text = calendar.toString();
  // RFC 5545 wants at least one component; ical-generator writes the zone only for events that use it.
  return meetings.length > 0
    ? text
    : text.replace(
        /END:VCALENDAR$/,
        `${String(getVtimezoneComponent(TIMEZONE)).replace(/\r?\n/g, "\r\n")}END:VCALENDAR`,
      );
}
