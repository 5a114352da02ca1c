// One meeting as a cell of an annual wheel writes it (seeds/sources/000 and 003), read by
// hand: its time, whether it is on Teams or in a room, where, its agenda, and the other
// meetings it refers to.
import { describe, expect, it } from "vitest";
import { type KnownPlaces, meetingAnchors, readMeetingText, splitAtAnchors } from "../../../src/import/meeting-text.js";
import { findDates } from "../../../src/import/norwegian-dates.js";

const places: KnownPlaces = {
  institutions: [
    { id: "dmmh", names: ["DMMH", "Dronning Mauds Minne Høgskole"] },
    { id: "nord", names: ["Nord universitet", "Nord"] },
  ],
  municipalities: [
    { id: "levanger", names: ["Levanger"] },
    { id: "skaun", names: ["Skaun"] },
  ],
};

const read = (text: string, lead?: string) => {
  const anchor = findDates(text).dates.find((d) => !lead || d.start >= lead.length);
  if (!anchor) throw new Error(`no date in ${text}`);
  const meeting = readMeetingText(text, anchor, places, lead);
  return { ...meeting, references: meeting.references.map((d) => [d.day, d.month, d.year]) };
};

describe("readMeetingText", () => {
  it("reads a Teams meeting with an agenda, and no place", () => {
    expect(read("24.09.24 kl. 10.00-12.00 Agenda: Tentativ plan for innholdet i tiltaket 2024/25 Teamsmøte")).toEqual({
      text: "24.09.24 kl. 10.00-12.00 Agenda: Tentativ plan for innholdet i tiltaket 2024/25 Teamsmøte",
      startTime: "10:00",
      endTime: "12:00",
      mode: "digital",
      online: "teams",
      agenda: ["Tentativ plan for innholdet i tiltaket 2024/25"],
      references: [],
    });
  });

  it("splits an agenda at its dashes and keeps the dates it names as references", () => {
    const meeting = read(
      "06.11.24 kl 12.00-13.00 Agenda: - Oppsummere samling 01.11.24. - Forberede regional fagdag 27.11.24. Teamsmøte",
    );
    expect(meeting.agenda).toEqual(["Oppsummere samling 01.11.24.", "Forberede regional fagdag 27.11.24."]);
    expect(meeting.references).toEqual([
      [1, 11, 2024],
      [27, 11, 2024],
    ]);
  });

  it("places a meeting where it is, not where an earlier one was", () => {
    const meeting = read("01.11.24 kl. 9.30-14.30 Oppfølging av samlinga ved DMMH 17.06.24. Fysisk samling Børsa.");
    expect(meeting).toMatchObject({ startTime: "09:30", endTime: "14:30", mode: "physical", place: "Børsa" });
    expect(meeting.online).toBeUndefined();
    expect(meeting.references).toEqual([[17, 6, 2024]]);
  });

  it.each([
    ["29.august 9-13 Børsa Oppsummere 13/8 og forberede 20/9 og 29/10", "Børsa"],
    ["27.11.24 kl 9.30-15.30 Regional fagdag for barnehager, skole, SFO og PPT Fysisk i Børsa", "Børsa"],
    ["Styrersamling ved DMMH 16. oktober kl 09.30 - 15 - Stoppunkt for Rekomarbeidet", "DMMH"],
    ["Styrersamling ved Nord universitet Levanger 16. oktober kl 09.30 - 15 - Stoppunkt", "Nord universitet Levanger"],
    ["29.oktober 9.30-15.30 Heim", "Heim"],
  ])("places %j at %s, in a room", (text, place) => {
    expect(read(text)).toMatchObject({ place, mode: "physical" });
  });

  it("reads the time of a meeting written without kl, and slash dates as references", () => {
    const meeting = read("29.august 9-13 Børsa Oppsummere 13/8 og forberede 20/9 og 29/10");
    expect(meeting).toMatchObject({ startTime: "09:00", endTime: "13:00", agenda: [] });
    expect(meeting.references).toEqual([
      [13, 8, undefined],
      [20, 9, undefined],
      [29, 10, undefined],
    ]);
  });

  it("gives a digital meeting no place, even when people sit together in their offices", () => {
    const teams = read("9.august 10-11 Teams Forberede samling 13.august. Møtelenke: Delta i møtet nå");
    expect(teams).toMatchObject({ mode: "digital", online: "teams", startTime: "10:00", endTime: "11:00" });
    expect(teams.place).toBeUndefined();
    const together = read(
      "28.01.25 kl 13.00-15.00 Erfaringssamling Teamsmøte der kontorene sitter fysisk sammen hver for seg",
    );
    expect(together).toMatchObject({ mode: "digital", online: "teams" });
    expect(together.place).toBeUndefined();
  });

  it("reads the dash after the time as the start of the agenda", () => {
    expect(read("Styrersamling ved DMMH 16. oktober kl 09.30 - 15 - Stoppunkt for Rekomarbeidet").agenda).toEqual([
      "Stoppunkt for Rekomarbeidet",
    ]);
  });

  it("does not take who the meeting is for (the bold lead) for where it is", () => {
    const lead = "Alle ansatte i SFO";
    expect(
      read(`${lead} 13.august 9.30-15.30 I Børsa Fagdag om inkludering og profesjonelle læringsfellesskap.`, lead),
    ).toMatchObject({ place: "Børsa", mode: "physical", startTime: "09:30", endTime: "15:30" });
  });
});

describe("meetingAnchors and splitAtAnchors", () => {
  const cell =
    "01.11.24 kl. 9.30-14.30 Oppfølging av samlinga ved DMMH 17.06.24. Fysisk samling Børsa. " +
    "27.11.24 kl 9.30-15.30 Regional fagdag for barnehager, skole, SFO og PPT Fysisk i Børsa";

  it("takes a date with a time as a meeting, and a date without one as a reference", () => {
    expect(meetingAnchors(cell, undefined).map((d) => d.text)).toEqual(["01.11.24", "27.11.24"]);
  });

  it("takes a date that opens the cell after its lead as a meeting, even without a time", () => {
    const lead = "Alle ansatte i SFO";
    const paragraph = `${lead} 27. november Regional fagdag i Børsa om DigSkole. Eget SFO-spor.`;
    expect(meetingAnchors(paragraph, lead).map((d) => [d.day, d.month])).toEqual([[27, 11]]);
    expect(meetingAnchors("Regional fagdag 27. november", undefined)).toEqual([]);
  });

  it("splits a cell of two meetings at the sentence that holds the second date", () => {
    const parts = splitAtAnchors(cell, meetingAnchors(cell, undefined));
    expect(parts.map((p) => p.text)).toEqual([
      "01.11.24 kl. 9.30-14.30 Oppfølging av samlinga ved DMMH 17.06.24. Fysisk samling Børsa.",
      "27.11.24 kl 9.30-15.30 Regional fagdag for barnehager, skole, SFO og PPT Fysisk i Børsa",
    ]);
    for (const { text, anchor } of parts) expect(text.slice(anchor.start, anchor.end)).toBe(anchor.text);
  });
});
