import type { ReadMeeting } from "./annual-wheel.js";
import { type DateMention, isoDate, schoolYearOf } from "./norwegian-dates.js";
import type { Finding } from "./report.js";

const LOOKS_BACK = /^(evaluer|oppsummer|oppfølging|følge opp)/i;
const LOOKS_AHEAD = /^(forbered|planlegg)/i;
const VERB = /\b(evaluer\p{L}*|oppsummer\p{L}*|oppfølging|følge opp|forbered\p{L}*|planlegg\p{L}*)/giu;

/** A date written in the same form as the mention it corrects. */
function written(mention: DateMention, date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  if (mention.form === "slash") return `${day}/${month}`;
  if (mention.form === "numeric")
    return `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${String(year).slice(2)}`;
  return date;
}

/** The verb before a reference, and the last word between them ("Evaluering fagdag 4/12" → fagdag). */
function verbBefore(text: string, at: number): { verb: string; noun?: string } | undefined {
  const before = text.slice(0, at);
  const verbs = [...before.matchAll(VERB)];
  const last = verbs[verbs.length - 1];
  if (!last) return undefined;
  const between = before
    .slice(last.index + last[0].length)
    .split(/\s+/)
    .filter((w) => /^\p{L}{4,}$/u.test(w));
  const noun = between[between.length - 1]?.toLowerCase();
  return noun ? { verb: last[0], noun } : { verb: last[0] };
}

/**
 * Checks the dates a meeting's text refers to against the plan's own meetings. A date
 * outside the plan's school year whose day and month match a meeting of the plan is a
 * wrong year; a follow-up of something not yet held (or a preparation of something
 * already held) points to the wrong meeting, and the nearest meeting of the kind named
 * is proposed. Proposals become data-quality notes; nothing is rewritten silently.
 */
export function checkReferences(meetings: readonly ReadMeeting[], firstYear: number, findings: Finding[]): void {
  const planStart = isoDate(firstYear, 8, 1);
  const planEnd = isoDate(firstYear + 1, 7, 31);
  const dates = meetings.map((m) => m.record.date).sort();
  for (const meeting of meetings) {
    const own = meeting.record.date;
    for (const ref of meeting.read.references) {
      const date = isoDate(ref.year ?? schoolYearOf(firstYear, ref.month), ref.month, ref.day);
      let proposal: string | undefined;
      let reason: string;
      /** The reason in Norwegian, for the report; the note keeps the English one. */
      let shown: string;
      if (date < planStart || date > planEnd) {
        const sameDay = dates.find((d) => d.slice(5) === date.slice(5) && d >= planStart && d <= planEnd);
        if (!sameDay) {
          findings.push({
            kind: "flagged",
            line: meeting.line,
            where: meeting.where,
            text: ref.text,
            message: "viser til en dato utenfor planens skoleår; ingen av planens møter er på den datoen",
          });
          continue;
        }
        proposal = sameDay;
        reason = `Wrong year: ${ref.text} lies outside the plan's school year; the plan's meeting on that day and month is on ${sameDay}.`;
        shown = `Feil år: ${ref.text} ligger utenfor planens skoleår; planens møte på samme dag og måned er ${sameDay}.`;
      } else {
        const context = verbBefore(meeting.read.text, ref.start);
        const back = context && LOOKS_BACK.test(context.verb) && date >= own;
        const ahead = context && LOOKS_AHEAD.test(context.verb) && date <= own;
        if (!back && !ahead) continue;
        const ofKind = meetings
          .filter((m) => m !== meeting && (!context.noun || m.read.text.toLowerCase().includes(context.noun)))
          .map((m) => m.record.date)
          .filter((d) => (back ? d < own : d > own))
          .sort();
        proposal = back ? ofKind[ofKind.length - 1] : ofKind[0];
        const what = `${context.verb}${context.noun ? ` ${context.noun}` : ""}`;
        reason = `"${what} ${ref.text}" on ${own} ${back ? "follows up a date not yet passed" : "prepares a date already passed"}`;
        shown = `«${what} ${ref.text}» ${own} ${back ? "følger opp en dato som ikke har vært ennå" : "forbereder en dato som alt har vært"}`;
        if (!proposal) {
          findings.push({
            kind: "flagged",
            line: meeting.line,
            where: meeting.where,
            text: ref.text,
            message: `${shown}; ingen av planens møter passer`,
          });
          continue;
        }
        reason += `; the nearest ${context.noun ?? "meeting"} of the plan is on ${proposal}.`;
        shown += `; planens nærmeste ${context.noun ?? "møte"} er ${proposal}.`;
      }
      // The reference with the word it qualifies: "erfaringssamling 28.01.24", "fagdag 4/12".
      const words = [...meeting.read.text.slice(0, ref.start).matchAll(/\p{L}{4,}/gu)];
      const original = meeting.read.text.slice(words[words.length - 1]?.index ?? ref.start, ref.end);
      const corrected = original.replace(ref.text, written(ref, proposal));
      (meeting.record.dataQuality ??= []).push({ field: "agenda", original, corrected, note: reason });
      findings.push({
        kind: "flagged",
        line: meeting.line,
        where: meeting.where,
        text: ref.text,
        message: `${shown} Forslag: «${corrected}»`,
      });
    }
  }
}
