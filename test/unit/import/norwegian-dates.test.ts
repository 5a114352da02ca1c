// The dates, times, month rows and periods as the plans write them (seeds/sources/ and
// test/fixtures/plans/), each with its reading worked out by hand.
import { describe, expect, it } from "vitest";
import {
  findDates,
  isoDate,
  monthNumber,
  monthsOfRow,
  periodIn,
  schoolYearIn,
  schoolYearOf,
  timeRangeAt,
} from "../../../src/import/norwegian-dates.js";

type Written = { day: number; month: number; year?: number; form: "numeric" | "named" | "slash" };

/** [text from a plan, the dates written in it, in order] */
const dates: [string, Written[]][] = [
  // 000 (PP-tiltaket), numeric with a two-digit year
  [
    "24.09.24 kl. 10.00-12.00 Agenda: Tentativ plan for innholdet i tiltaket 2024/25 Teamsmøte",
    [{ day: 24, month: 9, year: 2024, form: "numeric" }],
  ],
  [
    "06.11.24 kl 12.00-13.00 Agenda: - Oppsummere samling 01.11.24. - Forberede regional fagdag 27.11.24. Teamsmøte",
    [
      { day: 6, month: 11, year: 2024, form: "numeric" },
      { day: 1, month: 11, year: 2024, form: "numeric" },
      { day: 27, month: 11, year: 2024, form: "numeric" },
    ],
  ],
  // the year as written, even where it is wrong (28.01.24 stands in the 2025 table)
  [
    "Oppsummere erfaringssamling 28.01.24 - Planlegge fysisk samling i 08.04.24",
    [
      { day: 28, month: 1, year: 2024, form: "numeric" },
      { day: 8, month: 4, year: 2024, form: "numeric" },
    ],
  ],
  // the Gauldal fixture
  ["Fysisk samling ved NTNU 12.02.26 kl 10.00-15.00", [{ day: 12, month: 2, year: 2026, form: "numeric" }]],
  [
    "18.03.25 kl. 14.00-15.30 Agenda: Planlegge samling 6.mai",
    [
      { day: 18, month: 3, year: 2025, form: "numeric" },
      { day: 6, month: 5, form: "named" },
    ],
  ],
  // 001 (Rekom DMMH), named months with and without a space, whole and short
  ["Digitalt møte 2. september kl 12 - 14.30.", [{ day: 2, month: 9, form: "named" }]],
  ["Styrersamling ved DMMH 16. oktober kl 09.30 - 15", [{ day: 16, month: 10, form: "named" }]],
  ["Digitalt møte 4.desember kl 12-14.30", [{ day: 4, month: 12, form: "named" }]],
  [
    "Planlegge styrersamling i 16.okt - Evt planlegge regional fagdag 27.nov",
    [
      { day: 16, month: 10, form: "named" },
      { day: 27, month: 11, form: "named" },
    ],
  ],
  ["27. november Regional fagdag Kommunevis", [{ day: 27, month: 11, form: "named" }]],
  // day/month references
  [
    "Evaluering styrersamling 16/10 - Evaluering fagdag 4/12 - Planlegging av våren 2025",
    [
      { day: 16, month: 10, form: "slash" },
      { day: 4, month: 12, form: "slash" },
    ],
  ],
  // 003 (SFO-tiltaket)
  [
    "29.august 9-13 Børsa Oppsummere 13/8 og forberede 20/9 og 29/10",
    [
      { day: 29, month: 8, form: "named" },
      { day: 13, month: 8, form: "slash" },
      { day: 20, month: 9, form: "slash" },
      { day: 29, month: 10, form: "slash" },
    ],
  ],
  ["Jobbe med mellomarbeid som sendes ut ca 27.februar.", [{ day: 27, month: 2, form: "named" }]],
  // 004 (langsiktig plan): deadlines
  ["Frist 15. mars", [{ day: 15, month: 3, form: "named" }]],
  ["11. november møte i samarbeidsforum, ved behov", [{ day: 11, month: 11, form: "named" }]],
  // numbers that are not dates
  ["Uke 47 (dato kommer) Digital nettverkssamling for ressurslærere", []],
  ["Årshjul Dekom NTNU Gauldalsregionen 2025-26", []],
  ["Dekom NTNU i Gauldalsregionen 2025/2026", []],
  ["Det vil si et totalt beløp på 1.300.000,-", []],
  ["Totalt 1.5 time pr. gjennomføring", []],
  ["Møte-ID: 312 456 789 012", []],
];

describe("findDates", () => {
  it.each(dates)("reads %j", (text, expected) => {
    const { dates: found, impossible } = findDates(text);
    expect(found.map(({ day, month, year, form }) => ({ day, month, ...(year ? { year } : {}), form }))).toEqual(
      expected,
    );
    expect(impossible).toEqual([]);
  });

  it("says where each date stands, so that a correction can name it as written", () => {
    const text = "Fysisk samling ved NTNU 12.02.26 kl 10.00-15.00";
    const [date] = findDates(text).dates;
    expect(date).toMatchObject({ text: "12.02.26", start: 24, end: 32 });
    expect(findDates("Styrersamling ved DMMH 16. oktober kl 09.30 - 15").dates[0]?.text).toBe("16. oktober");
  });

  it("returns a date that cannot exist apart, as written", () => {
    expect(findDates("31.09.25 kl. 12.00-14.00 Agenda: Oppstart")).toEqual({ dates: [], impossible: ["31.09.25"] });
    // 2024 is a leap year; a 29 February of any year is accepted, the year is checked elsewhere.
    expect(findDates("29.02.24").dates).toHaveLength(1);
  });
});

/** [what follows a date in a plan, start, end, characters taken] */
const times: [string, string, string | undefined, number][] = [
  [" kl. 10.00-12.00 Agenda: Tentativ plan", "10:00", "12:00", 16],
  [" kl.14.00-15.30 Agenda: Forberede samling", "14:00", "15:30", 15],
  [" kl 12.00-13.00 Agenda: - Oppsummere", "12:00", "13:00", 15],
  [" kl. 9.30-14.30 Oppfølging av samlinga", "09:30", "14:30", 15],
  [" kl 8.30-11.00 Agenda: Evaluering", "08:30", "11:00", 14],
  [" kl 12 - 14.30. - Tilbakemeldinger", "12:00", "14:30", 14],
  [" kl 09.30 - 15 - Stoppunkt", "09:30", "15:00", 14],
  [" kl 12-14.30 - Evaluering", "12:00", "14:30", 12],
  [" kl 9 - 15 Regional samling i Melhus", "09:00", "15:00", 10],
  [" kl 8.30-11 Teams-møte", "08:30", "11:00", 11],
  // without "kl": a dash makes it a time
  [" 10-11 Teams Forberede samling", "10:00", "11:00", 6],
  [" 9.30-15.30 I Børsa Fagdag", "09:30", "15:30", 11],
  [", kl 9-11", "09:00", "11:00", 9],
];

describe("timeRangeAt", () => {
  it.each(times)("reads %j", (text, startTime, endTime, length) => {
    expect(timeRangeAt(text)).toEqual({ startTime, ...(endTime ? { endTime } : {}), length });
  });

  it.each([
    [" Regional fagdag Kommunevis", "words"],
    [" møte i samarbeidsforum", "words"],
    [" 12 Teams", "a bare number needs kl or a dash"],
    [" kl 25-26", "no such hour"],
    [" kl 9.75", "no such minute"],
  ])("finds no time in %j (%s)", (text) => {
    expect(timeRangeAt(text)).toBeUndefined();
  });
});

describe("monthNumber, for the month rows of an årshjul", () => {
  it.each([
    ["Aug", 8],
    ["Sept", 9],
    ["Okt", 10],
    ["Nov", 11],
    ["Des", 12],
    ["Jan", 1],
    ["Feb", 2],
    ["Mars", 3],
    ["April", 4],
    ["Mai", 5],
    ["Juni", 6],
    // 004's process calendar writes them whole
    ["Januar", 1],
    ["Februar", 2],
    ["September", 9],
    ["Oktober", 10],
    ["November", 11],
  ])("%s is month %i", (label, month) => {
    expect(monthNumber(label)).toBe(month);
  });

  it.each(["Hvem", "Ansvar/rolle/hensikt/form", "2025", "Oktober-Desember", "GAULDALSREGIONEN"])(
    "%j is not one month",
    (label) => {
      expect(monthNumber(label)).toBeUndefined();
    },
  );
});

describe("monthsOfRow: the months a month row is labelled with", () => {
  it.each([
    ["Sept", [9]],
    ["Juni", [6]],
    ["Feb/Mars", [2, 3]],
    ["Mai/Juni", [5, 6]],
    // Across the new year: December, then January.
    ["Des/Jan", [12, 1]],
    ["Feb / Mars", [2, 3]],
    ["Mai–Juni", [5, 6]],
    ["mai-juni", [5, 6]],
    ["Mai og juni", [5, 6]],
    ["Sept./Okt.", [9, 10]],
    ["November/Desember", [11, 12]],
  ])("%j is %j", (label, months) => {
    expect(monthsOfRow(label)).toEqual(months);
  });

  it.each([
    "Hvem",
    "Ansvar/rolle/hensikt/form",
    "2025",
    // Three months: the label leaves November unsaid.
    "Oktober-Desember",
    // Not two months in a row, nor one month twice, nor three.
    "Jan/Mars",
    "Mai/Mai",
    "Jan/Feb/Mars",
    "Feb/",
    "Påskeferie 30. mars – 6. april: ingen møter",
  ])("%j is no month row", (label) => {
    expect(monthsOfRow(label)).toBeUndefined();
  });
});

describe("school years and periods", () => {
  it.each([
    ["Kompetanseløftet PP-tiltaket i Trøndelag sørvest 2024/2025", 2024],
    ["Årshjul PPT-tiltaket Kompetanseløftet TSV 2024-25", 2024],
    ["Dekom NTNU i Gauldalsregionen 2025/2026", 2025],
    ["Tiltak kompetanseløftet Høst 25 – vår 26", 2025],
    // two years apart: a period, not a school year
    ["I Perioden 2021-2023 har refleksjonsverktøyet Inkluderingsanalysen vært et fellestiltak", undefined],
  ])("the school year of %j starts in %s", (text, firstYear) => {
    expect(schoolYearIn(text)).toBe(firstYear);
  });

  it("puts August–December in the first year and January–July in the next", () => {
    expect([8, 12, 1, 6, 7].map((month) => schoolYearOf(2025, month))).toEqual([2025, 2025, 2026, 2026, 2026]);
    expect(isoDate(2026, 3, 18)).toBe("2026-03-18");
  });

  // The "Når" column of the table of measures of Sør-Troms og Evenes (002).
  it.each([
    ["Høst 25- vår 26", "2025-08", "2026-06"],
    ["Høst 2025 – vår 2026", "2025-08", "2026-06"],
    ["2 møter høst 2025 2 møter vår 2026", "2025-08", "2026-06"],
    [
      "1X 6 dager (fordelt over tre dager med to parallelle løp) under planleggingsdagene august 2025",
      "2025-08",
      "2025-08",
    ],
    ["En dag under planleggingsdagene i november 2025 Vår 2026", "2025-11", "2026-06"],
  ])("%j runs from %s to %s", (text, from, to) => {
    expect(periodIn(text)).toEqual({ from, to });
  });

  it("finds no period where no month or season has a year", () => {
    expect(periodIn("Under planleggingsdagene")).toBeUndefined();
  });
});
