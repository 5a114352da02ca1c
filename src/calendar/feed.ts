import { setImmediate as nextTurn } from "node:timers/promises";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { foldLines } from "ical-generator";
import { DateTime } from "luxon";
import neo4j from "neo4j-driver";
import type { AnalysisDatabase } from "../analysis/run.js";
import { analysisCypher } from "../schema-files.js";
import { type FeedWindow, FeedRequestError, TIMEZONE } from "./window.js";

/**
 * Events written between two turns of the event loop: 5–20 ms of work (ical-generator folds
 * lines a character at a time), so that other requests are served while a feed is built.
 */
const EVENTS_PER_TURN = 25;

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
function uidOf(id: string): string {
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
 * (schema/analysis/calendar-feed.cypher says which) on the days of `window`, as an RFC 5545
 * calendar that calendar applications can subscribe to. Undefined when the id is none of
 * those; a FeedRequestError when the window holds more than `maxMeetings`. Built a few events
 * a turn, and given up once `db.signal` aborts.
 */
export async function calendarFeed(
  db: AnalysisDatabase,
  id: string,
  window: FeedWindow,
  maxMeetings: number,
): Promise<string | undefined> {
  db.signal?.throwIfAborted();
  // Not runAnalysis's one record: a row per meeting, so that the driver reads the answer a
  // piece at a time as it arrives, never all of it in one turn of the event loop.
  const { records } = await db.driver.executeQuery(
    analysisCypher("calendar-feed"),
    { id, ...window, max: neo4j.int(maxMeetings) },
    {
      database: db.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: db.transactionTimeoutMs },
      ...(db.signal ? { signal: db.signal } : {}),
    },
  );
  const first = records[0];
  const name = first?.get("name") as string | null | undefined;
  if (name === null || name === undefined) return undefined;
  const found = neo4j.integer.toNumber(first?.get("found") ?? 0);
  if (found > maxMeetings) {
    throw new FeedRequestError(
      `The feed from ${window.from} to ${window.to} holds ${found} meetings; at most ${maxMeetings} are served in one feed: ` +
        "narrow the range with ?from=YYYY-MM-DD&to=YYYY-MM-DD",
    );
  }
  const meetings = records.flatMap((record) => {
    const meeting = record.get("meeting") as FeedMeeting | null;
    return meeting === null ? [] : [meeting];
  });

  const calendar = ical({
    name: `${oneLine(name)} (kompetansegraf)`,
    prodId: { company: "kompetansegraf", product: "calendar", language: "NO" },
  });
  // As ical-generator writes it, a piece at a time: the head, the zone (RFC 5545 wants at least
  // one component, so it is there even without events), the events, the end. Lines are folded
  // one by one, so folding the pieces apart gives the same text as folding the whole.
  const zone = String(getVtimezoneComponent(TIMEZONE)).replace(/\r?\n/g, "\r\n").trim();
  const pieces = [calendar.toString().replace(/END:VCALENDAR$/, ""), foldLines(`${zone}\r\n`)];
  for (let start = 0; start < meetings.length; start += EVENTS_PER_TURN) {
    // Reading the answer was a turn of its own: each piece of the feed is another.
    await nextTurn();
    db.signal?.throwIfAborted();
    let events = "";
    for (const meeting of meetings.slice(start, start + EVENTS_PER_TURN)) events += event(calendar, meeting);
    pieces.push(foldLines(events));
  }
  pieces.push("END:VCALENDAR");
  return pieces.join("");
}

/** One meeting as a VEVENT, unfolded. */
function event(calendar: ReturnType<typeof ical>, meeting: FeedMeeting): string {
  const lastDay = meeting.endDate ?? meeting.date;
  const timed = meeting.startTime !== null;
  return calendar
    .createEvent({
      id: uidOf(meeting.id),
      timezone: TIMEZONE,
      summary: oneLine(meeting.title),
      description: description(meeting),
      location: meeting.place === null ? null : oneLine(meeting.place),
      allDay: !timed,
      start: timed ? at(meeting.date, meeting.startTime ?? "") : day(meeting.date),
      // All-day events end on the day after their last day (RFC 5545: DTEND is exclusive).
      end: timed ? (meeting.endTime ? at(lastDay, meeting.endTime) : null) : day(lastDay).plus({ days: 1 }),
    })
    .toString();
}
