import { type DateMention, dateAtStart, findDates, timeRangeAt } from "./norwegian-dates.js";
import type { Named } from "./vocabulary.js";

/** Names a place is written with: the institutions, and the municipalities their campuses are in. */
export interface KnownPlaces {
  institutions: readonly Named[];
  municipalities: readonly Named[];
}

/** One meeting as a cell writes it: "24.09.24 kl. 10.00-12.00 Agenda: … Teamsmøte". */
export interface MeetingText {
  text: string;
  startTime?: string;
  endTime?: string;
  mode?: "digital" | "physical";
  online?: "teams";
  place?: string;
  agenda: string[];
  /** Other dates the text names: references to other meetings. */
  references: DateMention[];
}

// Capitalised words that open a sentence rather than name a place.
const NOT_A_PLACE =
  /^(i|agenda|teams.*|digital.*|fysisk.*|.*samling.*|.*møte.*|.*dag|webinar.*|evaluer.*|oppfølging|forbered.*|planlegg.*|oppsummer.*|regional.*|erfaring.*)$/i;
const WORD = /^[A-ZÆØÅ][\p{L}-]*/u;

/** True unless another meeting's date follows at once: "ved DMMH 16. oktober" (its own date) places it at DMMH. */
const placeBefore = (text: string, at: number, own: DateMention): boolean => {
  const next = dateAtStart(text.slice(at));
  return next === undefined || at + next.start === own.start;
};

/** The longest of the names that `text` starts with, as a whole word. */
const longestAtStart = (text: string, nodes: readonly Named[]) =>
  nodes
    .flatMap((node) => node.names)
    .filter((name) => text.startsWith(name) && !/[\p{L}\d]/u.test(text.charAt(name.length)))
    .sort((a, b) => b.length - a.length)[0];

/** "Nord universitet Levanger": an institution's name, with the municipality of its campus after it. */
function knownPlaceAt(text: string, places: KnownPlaces): string | undefined {
  const institution = longestAtStart(text, places.institutions);
  if (institution === undefined) return undefined;
  const gap = /^\s+/.exec(text.slice(institution.length))?.[0] ?? "";
  const campus = gap ? longestAtStart(text.slice(institution.length + gap.length), places.municipalities) : undefined;
  return campus === undefined ? institution : text.slice(0, institution.length + gap.length + campus.length);
}

/**
 * Where a meeting is: "ved DMMH", "ved Nord universitet Levanger", "i Børsa", "Fysisk
 * samling Børsa", or a name right after the time ("29.august 9-13 Børsa Oppsummere …"). A
 * place followed by another date is where an earlier meeting was ("samlinga ved DMMH
 * 17.06.24"), not this one.
 */
function placeIn(text: string, anchor: DateMention, timeEnd: number, places: KnownPlaces): string | undefined {
  for (const m of text.matchAll(/(?<![\p{L}])(?:ved|[iI]|på|[fF]ysisk(?: samling| møte)?)\s+([A-ZÆØÅ][\p{L}-]*)/gu)) {
    const at = m.index + m[0].length - (m[1] ?? "").length;
    const known = knownPlaceAt(text.slice(at), places);
    const name = known ?? m[1] ?? "";
    if ((known || !NOT_A_PLACE.test(name)) && placeBefore(text, at + name.length, anchor)) return name;
  }
  if (timeEnd === anchor.end) return undefined;
  const after = text.slice(timeEnd).trimStart();
  const word = WORD.exec(after)?.[0];
  const next = after.slice(word?.length ?? 0).trimStart();
  if (word && !NOT_A_PLACE.test(word) && (next === "" || /^[A-ZÆØÅ.,;(]/u.test(next))) return word;
  return undefined;
}

function agendaIn(body: string): string[] {
  const agenda =
    /\bAgenda:\s*(.*)$/i.exec(body)?.[1] ?? (/\s-\s/.test(body) ? body.slice(body.indexOf(" - ") + 3) : "");
  return (
    agenda
      // A run of spaces is tried from its first space only, not from each of them.
      .split(/(?<!\s)\s+-\s+|^-\s+/)
      .map((item) =>
        item.replace(/(?<!\s)\s*(?:Teamsmøte|Teams-møte|Teams)\s*$/i, "").replace(/^[-\s.]+|(?<![-\s])[-\s]+$/g, ""),
      )
      .filter((item) => item !== "")
  );
}

/** Reads one meeting's text, given the date that anchors it. */
export function readMeetingText(text: string, anchor: DateMention, places: KnownPlaces, lead?: string): MeetingText {
  const time = timeRangeAt(text.slice(anchor.end));
  const timeEnd = anchor.end + (time?.length ?? 0);
  const digital = /teams|digital/i.test(text);
  // "<b>Alle ansatte i SFO</b>" says who, not where.
  const place = placeIn(
    lead && text.startsWith(lead) ? " ".repeat(lead.length) + text.slice(lead.length) : text,
    anchor,
    timeEnd,
    places,
  );
  const meeting: MeetingText = {
    text,
    agenda: agendaIn(text.slice(timeEnd)),
    references: findDates(text).dates.filter((d) => d.start !== anchor.start),
  };
  if (time) {
    meeting.startTime = time.startTime;
    if (time.endTime) meeting.endTime = time.endTime;
  }
  if (digital) meeting.mode = "digital";
  else if (place || /\bfysisk/i.test(text)) meeting.mode = "physical";
  if (/teams/i.test(text)) meeting.online = "teams";
  if (place && !digital) meeting.place = place;
  return meeting;
}

/**
 * The dates in a paragraph that start a meeting: a date followed by a time, or a date
 * that opens the paragraph ("27. november Regional fagdag"). Other dates are references.
 */
export function meetingAnchors(paragraph: string, lead: string | undefined): DateMention[] {
  const opening = lead && paragraph.startsWith(lead) ? lead.length : 0;
  return findDates(paragraph).dates.filter(
    (d) => timeRangeAt(paragraph.slice(d.end)) !== undefined || paragraph.slice(opening, d.start).trim() === "",
  );
}

/** Splits a paragraph at its anchors; each part starts at the sentence that holds its date. */
export function splitAtAnchors(paragraph: string, anchors: DateMention[]): { text: string; anchor: DateMention }[] {
  const starts = anchors.map((anchor, k) => {
    if (k === 0) return 0;
    const previousEnd = anchors[k - 1]?.end ?? 0;
    const sentence = paragraph.lastIndexOf(". ", anchor.start);
    return sentence >= previousEnd ? sentence + 2 : anchor.start;
  });
  return anchors.map((anchor, k) => {
    const from = starts[k] ?? 0;
    const text = paragraph.slice(from, starts[k + 1] ?? paragraph.length).trimEnd();
    return { text, anchor: { ...anchor, start: anchor.start - from, end: anchor.end - from } };
  });
}
