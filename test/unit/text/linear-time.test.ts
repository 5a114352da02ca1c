// Every reader of user text (the secret filter, light HTML, the importer's dates, times and
// cells) runs on the one event loop: each must read 100 kB of hostile input in linear time.
// The budget guards against 1000× blow-ups, not against noise: the catastrophic inputs took
// seconds to minutes (an 8 kB tag of repeated attributes ~10 s, "Møte-ID" and 50 kB of spaces ~18 s).
import { describe, expect, it } from "vitest";
import { cellText, readCell, stripTags } from "../../../src/import/cell-text.js";
import { meetingAnchors, readMeetingText } from "../../../src/import/meeting-text.js";
import { findDates, monthsOfRow, periodIn, schoolYearIn, timeRangeAt } from "../../../src/import/norwegian-dates.js";
import { namedIn } from "../../../src/import/vocabulary.js";
import { normalizeText, plainText } from "../../../src/text/plain-text.js";
import {
  findSecrets,
  isBareLabel,
  isMeetingLink,
  redactSecrets,
  removeMeetingAnchors,
  withoutSecrets,
} from "../../../src/text/secrets.js";

const SIZE = 100_000;
const BUDGET_MS = 200;
const ZWSP = "\u200b";

/** `unit` repeated to SIZE characters, after `head`. */
const hostile = (head: string, unit: string) => head + unit.repeat(Math.ceil((SIZE - head.length) / unit.length));
const distinctPins = () => {
  let text = "";
  for (let i = 0; text.length < SIZE; i++) text += `PIN: ${100_000 + i} `;
  return text;
};

const inputs: [string, string][] = [
  // A tag of repeated attributes without its ">": the attacker's 8 kB mutation.
  ["<a href=href=…", hostile("<a ", "href=")],
  ["<a x=1 x=1 …", hostile("<a ", "x=1 ")],
  ["<img src=x src=x …", hostile("<img ", "src=x ")],
  ['<a href="x" href="x" …', hostile("<a ", 'href="x" ')],
  ["<a href= and a long address", hostile("<a href=", "a")],
  ["<a repeated", hostile("", "<a ")],
  ["< without >", hostile("", "<")],
  ["<li repeated", hostile("", "<li")],
  // A run of spaces after a label, with no value.
  ...["Møte-ID", "Passord", "ID for møtet", "Meeting ID is", "Møtelenke", "Tilgangskode er"].map(
    (label): [string, string] => [`${label} and spaces`, hostile(label, " ")],
  ),
  ["Møte-ID and zero-width spaces", hostile("Møte-ID", ZWSP)],
  ["Passord: and zero-width spaces", hostile("Passord:", ZWSP)],
  ["zero-width spaces", hostile("", ZWSP)],
  ["Møte-ID, spaces and a letter", `${hostile("Møte-ID", " ").slice(0, -1)}x`],
  ["labels repeated", hostile("", "Møte-ID Passord: ")],
  ["1 1 1 …", hostile("", "1 ")],
  ["digits and tabs before ,,", `${hostile("0\t00\t\t\t\t00\t0\t0\t\t", "\t").slice(0, -2)},,`],
  [",,,,", hostile("", ",")],
  ["a code followed by commas", `${hostile("Passord: x", ",").slice(0, -1)}b`],
  ["http:// and 100 kB", hostile("http://", "a")],
  ["links that end in dots", hostile("", `http://meet${".".repeat(4000)}a `)],
  ["www. repeated", hostile("", "www.")],
  ["&amp; repeated", hostile("", "&amp;")],
  ["aka.ms repeated", hostile("", "aka.ms ")],
  ["aka.ms/ and a long path", hostile("aka.ms/", "a")],
  ["full-width digits", hostile("", "１１１１１１１１１x")],
  ["many distinct passcodes", distinctPins()],
  ["dates after a place", hostile("", "i Ab 1.1.24 ")],
  ["a name repeated", hostile("", "NTNU ")],
  ["spaces and dashes", hostile("1.1.24 10-11 Agenda: a", " ")],
  [
    "a mix",
    hostile(
      "",
      `<a href="https://zoom.us/j/1" x=1 Møte-ID ${" ".repeat(30)}Passord${ZWSP.repeat(20)}:&amp; 1 1 1,,www.aka.ms <b>`,
    ),
  ],
];

const anchored = (text: string) => {
  const lead = "1.1.24 kl 10-11 ";
  const anchor = findDates(lead).dates[0];
  if (!anchor) throw new Error("no date in the lead");
  return readMeetingText(lead + text, anchor, { institutions: [], municipalities: [] });
};

const known = findSecrets("Møte-ID: 387 681 127 533 Passord: fRLixB https://aka.ms/JoinTeamsMeeting");

const readers: [string, (text: string) => unknown][] = [
  ["findSecrets", findSecrets],
  ["redactSecrets", (text) => redactSecrets(text, known)],
  ["withoutSecrets", withoutSecrets],
  ["plainText", plainText],
  ["plainText joining inline tags", (text) => plainText(text, { joinInline: true })],
  ["normalizeText", normalizeText],
  ["isMeetingLink", isMeetingLink],
  ["isBareLabel", isBareLabel],
  ["removeMeetingAnchors", removeMeetingAnchors],
  ["findDates", findDates],
  ["timeRangeAt", timeRangeAt],
  ["monthsOfRow", monthsOfRow],
  ["schoolYearIn", schoolYearIn],
  ["periodIn", periodIn],
  ["readMeetingText", anchored],
  ["meetingAnchors", (text) => meetingAnchors(text, undefined)],
  ["namedIn", (text) => namedIn(text, [{ id: "ntnu", names: ["NTNU", "NTNU Skrivesenteret"] }])],
  ["stripTags", stripTags],
  ["readCell", readCell],
  ["cellText", cellText],
];

/**
 * The processor time of the fastest of up to three readings, in milliseconds: a blow-up is slow
 * every time, while a machine busy with other work slows a reading now and then (and the clock
 * on the wall more than the processor time).
 */
function fastestReading(read: (text: string) => unknown, text: string): number {
  let fastest = Infinity;
  for (let tries = 0; tries < 3 && fastest >= BUDGET_MS; tries++) {
    const started = process.cpuUsage();
    read(text);
    const { user, system } = process.cpuUsage(started);
    fastest = Math.min(fastest, (user + system) / 1000);
  }
  return fastest;
}

describe.each(readers)("%s reads 100 kB of hostile input in linear time", (_, read) => {
  it.each(inputs)("%s", (_, text) => {
    read("warm up: Møte-ID 1 <a href=x>"); // compiles the patterns outside the budget
    expect(fastestReading(read, text)).toBeLessThan(BUDGET_MS);
  });
});
