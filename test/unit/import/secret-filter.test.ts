// The one secret filter (src/text/secrets.ts) that imports, mutations, seeds and the importer's
// report share: a table of the forms real invitations take, and of texts that only look close.
import { describe, expect, it } from "vitest";
import { deadlineRecord, meetingRecord } from "../../../src/seed/records/calendar-records.js";
import { type SecretKind, findSecrets, hasSecret, redactSecrets, withoutSecrets } from "../../../src/text/secrets.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";
const ZWSP = "\u200b";

/** [text, the kinds found, a value that must not survive redaction] */
const secrets: [string, SecretKind[], string][] = [
  // Teams, Norwegian
  ["<p><b>Møte-ID:</b> 387 681 127 533 <b>Passord:</b> fRLixB</p>", ["meeting ID", "passcode"], "fRLixB"],
  ["Møte-ID: 387 681 127 533 Passord: fRLixB", ["meeting ID", "passcode"], "387 681 127 533"],
  ["Møte ID 387681127533", ["meeting ID"], "387681127533"],
  ["MØTE-ID: 387 681 127 533", ["meeting ID"], "127 533"],
  ["Mote-ID: 387 681 127 533", ["meeting ID"], "127 533"],
  [`Møte-ID: 387${NBSP}681${NBSP}127${NBSP}533`, ["meeting ID"], `127${NBSP}533`],
  ["Møte-ID: 387&nbsp;681&nbsp;127&nbsp;533", ["meeting ID"], "127&nbsp;533"],
  ["Møte-ID: 387&#160;681&#xA0;127&#160;533", ["meeting ID"], "533"],
  [`Møte-ID: 387${NNBSP}681${NNBSP}127${NNBSP}533`, ["meeting ID"], "533"],
  [`Møte${ZWSP}-ID: 387${ZWSP}681${ZWSP}127${ZWSP}533`, ["meeting ID"], "533"],
  ["Møte-ID：３８７ ６８１ １２７ ５３３", ["meeting ID"], "５３３"],
  ["Passord fRLixB", ["passcode"], "fRLixB"],
  ["Passord er fRLixB", ["passcode"], "fRLixB"],
  ["Passordet er: hemmelig123", ["passcode"], "hemmelig123"],
  ["Passkode: Tr8mNb", ["passcode"], "Tr8mNb"],
  ["Møtepassord: 884422", ["passcode"], "884422"],
  ["Pass<b>ord</b>: Xy7kLm", ["passcode"], "Xy7kLm"],
  ["<b>Passord:</b>fRLixB", ["passcode"], "fRLixB"],
  ['Møtelenke: <a href="#">Delta i møtet nå</a>', ["meeting link"], "Delta i møtet"],
  ['<a href="#">Bli med på møtet nå</a>', ["meeting link"], "Bli med"],
  // Teams, English
  ["Meeting ID: 312 456 789 012 Passcode: Qw9xZt", ["meeting ID", "passcode"], "Qw9xZt"],
  ["Meeting ID: 312 456 789 012 / Password: aB3xYz", ["meeting ID", "passcode"], "aB3xYz"],
  ["Meeting-ID 312456789012", ["meeting ID"], "312456789012"],
  [
    "Join the meeting now https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ%40thread.v2/0?context=%7b%7d",
    ["meeting link"],
    "meetup-join",
  ],
  ['<a href="https://teams.microsoft.com/l/meetup-join/x">Klikk her</a>', ["meeting link"], "meetup-join"],
  ["https://teams.live.com/meet/9876543210", ["meeting link"], "teams.live.com"],
  ["https://aka.ms/JoinTeamsMeeting", ["meeting link"], "aka.ms"],
  ["msteams:/l/meetup-join/19:meeting", ["meeting link"], "msteams"],
  [
    "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fteams.microsoft.com%2Fl%2Fmeetup-join%2F19",
    ["meeting link"],
    "safelinks",
  ],
  ["Teams 387 681 127 533", ["meeting ID"], "127 533"],
  ["Ring +47 21 40 40 40,,387681127# (Norge, Oslo)", ["meeting ID"], "387681127"],
  ["Konferanse-ID: 123 456 789#", ["meeting ID"], "123 456 789"],
  ["Conference ID: 123 456 789#", ["meeting ID"], "123 456 789"],
  // Zoom, Webex, Meet, Whereby, video rooms
  ["https://ntnu.zoom.us/j/81234567890?pwd=abcDEF123", ["meeting link", "passcode"], "zoom.us"],
  ["ntnu.zoom.us/j/81234567890", ["meeting link"], "81234567890"],
  ["Zoom: 812 3456 7890", ["meeting ID"], "3456 7890"],
  ["Webinar ID: 912 3456 7890 Passcode: 993311", ["meeting ID", "passcode"], "993311"],
  ["Meeting number: 2734 123 4567 Password: Ab12Cd", ["meeting ID", "passcode"], "Ab12Cd"],
  ["Tilgangskode: 2647 123 4567", ["passcode"], "123 4567"],
  ["PIN: 4321", ["passcode"], "4321"],
  ["meet.google.com/abc-mnop-xyz", ["meeting link"], "abc-mnop-xyz"],
  ["Meeting code: abc-mnop-xyz", ["meeting ID"], "abc-mnop-xyz"],
  ["https://whereby.com/kompetanse-fosen", ["meeting link"], "whereby"],
  ["https://ntnu.webex.com/meet/ola.nordmann", ["meeting link"], "webex"],
  ["sip:123456789@vmr.ntnu.no", ["meeting link"], "vmr.ntnu.no"],
  ["Digitalt møte: https://bit.ly/3xYzAbc", ["meeting link"], "bit.ly"],
  ["Videomøte https://ntnu.no/videomote/rom-7", ["meeting link"], "rom-7"],
];

/** Texts that mention meetings, passwords or numbers without holding a secret. */
const notSecrets = [
  "Regional samling i Melhus 14. oktober kl 9-15",
  "9.august 10-11 Teams Forberede samling 13.august.",
  "Digitalt møte 5. november kl 13-15 - Oppsummere regional samling i oktober",
  "Passord og møte-ID sendes ut i innkallingen",
  "Passord: sendes på e-post",
  "Møte-ID: kommer",
  "Vi snakket om passord og personvern.",
  "Møtenummer 3 i serien",
  "Telefon 73 59 50 00",
  "Org.nr. 974 767 880",
  "Se https://www.udir.no/kvalitet-og-kompetanse/etter-og-videreutdanning/",
  "Tiltak 1–9 i Sør-Troms og Evenes (1295 ansatte)",
  "Fagdag 27.11.2024 i Børsa, 09.30 - 15.00",
  "tsv-sfo-2024-25-regionale-samlinger-2024-09-20",
  "Kompetanseløftet for spesialpedagogikk og inkluderende praksis",
  "online: teams",
];

describe("the secret filter", () => {
  it.each(secrets)("finds the secret in %j", (text, kinds, value) => {
    expect(hasSecret(text)).toBe(true);
    expect([...new Set(findSecrets(text).map((s) => s.kind))].sort()).toEqual([...kinds].sort());
    const { text: redacted } = redactSecrets(text);
    expect(redacted).not.toContain(value);
    expect(hasSecret(redacted)).toBe(false);
  });

  it.each(notSecrets)("leaves %j alone", (text) => {
    expect(findSecrets(text)).toEqual([]);
    expect(redactSecrets(text)).toEqual({ text, secrets: [] });
  });

  it("keeps the rest of a text, without the labels of what it left out", () => {
    expect(
      withoutSecrets(
        "20.september 10-12 Teams Forankring Møtelenke: https://teams.microsoft.com/l/meetup-join/x Møte-ID: 387 681 127 533 Passord: fRLixB",
      ),
    ).toBe("20.september 10-12 Teams Forankring");
    expect(withoutSecrets("11. februar Ring +47 21 40 40 40,,998877665# for å delta.")).toBe(
      "11. februar Ring for å delta.",
    );
  });

  it("leaves out a secret found elsewhere in the document wherever it is written again", () => {
    const known = findSecrets("Møte-ID: 387 681 127 533 Passord: fRLixB");
    expect(withoutSecrets("Samme møte (387-681-127-533), kode fRLixB.", known)).toBe("Samme møte, kode.");
  });

  it("reads hostile input in bounded time", () => {
    const started = Date.now();
    for (const text of [
      "<a ".repeat(300_000),
      "<!--".repeat(250_000),
      "1 ".repeat(500_000),
      "a.".repeat(500_000),
      "Passord: ".repeat(100_000),
      `https://${"a".repeat(1_000_000)}`,
    ]) {
      findSecrets(text);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe("seed files obey the same rules", () => {
  const source = { document: "x.txt", location: "row 1" };
  const meeting = {
    id: "m",
    title: "Samling",
    date: "2025-03-10",
    forums: ["f"],
    initiatives: [],
    text: "Samling",
    source,
  };

  it("refuses a passcode in any text of a record", () => {
    const parsed = meetingRecord.safeParse({ ...meeting, agenda: ["Møte-ID: 387 681 127 533"] });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["agenda.0", "passcodes and meeting links are never stored: this text holds a meeting ID"],
    ]);
  });

  it("refuses a one-day meeting that ends before it starts, and a yearly deadline on 29 February", () => {
    expect(
      meetingRecord.safeParse({ ...meeting, startTime: "12:00", endTime: "10:00" }).error?.issues[0]?.message,
    ).toBe(
      "expected the meeting to end after it starts: endTime 10:00 is not after startTime 12:00 on the one day of the meeting (2025-03-10)",
    );
    expect(
      meetingRecord.safeParse({ ...meeting, endDate: "2025-03-11", startTime: "12:00", endTime: "10:00" }).success,
    ).toBe(true);
    const deadline = {
      id: "d",
      name: "Frist",
      step: "Frist",
      from: "Nettverk",
      recurrence: "yearly",
      text: "Frist",
      source,
    };
    expect(deadlineRecord.safeParse({ ...deadline, month: 2, day: 29 }).error?.issues[0]?.message).toMatch(
      /^expected a day that every year has: 29 February is not in every year/,
    );
    expect(deadlineRecord.safeParse({ ...deadline, month: 4, day: 31 }).error?.issues[0]?.message).toBe(
      "expected a day that every year has: day 31 is not a day of April: expected 1 to 30",
    );
    expect(deadlineRecord.safeParse({ ...deadline, month: 2, day: 28 }).success).toBe(true);
  });
});
