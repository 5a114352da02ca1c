// Expected values read from the årshjul tables of 000, 001 and 003, Vedlegg 2 of 004 and
// the saksgang of 004 section 4.
import { describe, expect, it } from "vitest";
import {
  MeetingCountsDocument,
  MeetingsBetweenDocument,
  MeetingsPageDocument,
  type MeetingsPageQueryVariables,
  UpcomingDeadlinesDocument,
} from "../../src/generated/operations.js";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

describe("meetingsBetween", () => {
  it("lists Trøndelag sørvest's November 2024 by date and time, the shared fagdag once", async () => {
    const { meetingsBetween } = await api.query(MeetingsBetweenDocument, {
      from: "2024-11-01",
      to: "2024-11-30",
      network: "trondelag-sorvest",
    });
    expect(meetingsBetween.map((m) => [m.date, m.startTime, m.initiatives.map((i) => i.id)])).toEqual([
      ["2024-11-01", "09:30:00", ["tsv-pp-2024-25"]],
      ["2024-11-04", "09:00:00", ["tsv-sfo-2024-25"]],
      ["2024-11-06", "12:00:00", ["tsv-pp-2024-25"]],
      [
        "2024-11-27",
        "09:30:00",
        expect.arrayContaining(["tsv-pp-2024-25", "tsv-rekom-dmmh-2024-25", "tsv-sfo-2024-25"]),
      ],
    ]);
  });

  it("narrows to an initiative or an institution, counting NTNU Skrivesenteret for NTNU", async () => {
    const rekom = await api.query(MeetingsBetweenDocument, {
      from: "2024-11-01",
      to: "2024-11-30",
      initiative: "tsv-rekom-dmmh-2024-25",
    });
    expect(rekom.meetingsBetween.map((m) => m.date)).toEqual(["2024-11-27"]);
    const ntnu = await api.query(MeetingsBetweenDocument, {
      from: "2024-11-01",
      to: "2024-11-30",
      institution: "ntnu",
    });
    expect(ntnu.meetingsBetween.map((m) => m.date)).toEqual(["2024-11-04", "2024-11-27"]);
  });

  it("includes a meeting over several days when one of its days is in range", async () => {
    const { meetingsBetween } = await api.query(MeetingsBetweenDocument, { from: "2025-01-09", to: "2025-01-09" });
    expect(meetingsBetween.map((m) => [m.id, m.date, m.endDate])).toEqual([
      ["samarbeidsforum-2025-01-08", "2025-01-08", "2025-01-09"],
    ]);
  });

  it("answers a range without meetings with an empty list", async () => {
    const { meetingsBetween } = await api.query(MeetingsBetweenDocument, { from: "2024-07-01", to: "2024-07-31" });
    expect(meetingsBetween).toEqual([]);
  });

  it("rejects a range that ends before it starts, and unknown ids", async () => {
    const [range] = await api.errors(MeetingsBetweenDocument, { from: "2025-01-31", to: "2025-01-01" });
    expect(range?.extensions?.code).toBe("BAD_USER_INPUT");
    const [network] = await api.errors(MeetingsBetweenDocument, {
      from: "2025-01-01",
      to: "2025-01-31",
      network: "fosenn",
    });
    expect(network?.message).toBe('No network has the id "fosenn" (argument network)');
  });
});

describe("meetingsPage", () => {
  /** Every page of a range, following endCursor until hasNextPage is false. */
  async function allPages(variables: MeetingsPageQueryVariables) {
    const pages = [];
    let after: string | null | undefined;
    do {
      const { meetingsPage } = await api.query(MeetingsPageDocument, { ...variables, after });
      pages.push(meetingsPage);
      after = meetingsPage.pageInfo.hasNextPage ? meetingsPage.pageInfo.endCursor : undefined;
    } while (after);
    return pages;
  }

  it("pages Trøndelag sørvest's school year 2024/25 five at a time, together the unpaged list", async () => {
    // The three TSV plans (000, 001, 003) hold 29 meetings from 9 August 2024 to 24 June 2025;
    // Samarbeidsforum's two meetings in that year serve no TSV initiative.
    const range = { from: "2024-08-01", to: "2025-06-30", network: "trondelag-sorvest" };
    const pages = await allPages({ ...range, first: 5 });
    expect(pages.map((p) => p.meetings.length)).toEqual([5, 5, 5, 5, 5, 4]);
    expect(pages.map((p) => p.totalCount)).toEqual([29, 29, 29, 29, 29, 29]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, true, true, true, false]);
    expect(pages[0]?.meetings.map((m) => m.date)).toEqual([
      "2024-08-09",
      "2024-08-13",
      "2024-08-29",
      "2024-09-02",
      "2024-09-20",
    ]);
    expect(pages[5]?.meetings.map((m) => m.date)).toEqual(["2025-05-14", "2025-05-22", "2025-06-11", "2025-06-24"]);
    const { meetingsBetween } = await api.query(MeetingsBetweenDocument, range);
    expect(pages.flatMap((p) => p.meetings)).toEqual(meetingsBetween);
  });

  it("pages a month of all networks, a meeting over two days from before the range first", async () => {
    // January 2025: the TSV PP meeting on the 7th (09:00), Samarbeidsforum on the 8th and 9th,
    // the SFO samling on the 15th and the PP samling on the 28th. From the 9th, Samarbeidsforum
    // (begun on the 8th) still counts and comes first.
    const january = await allPages({ from: "2025-01-01", to: "2025-01-31", first: 2 });
    expect(january.map((p) => p.meetings.map((m) => m.id))).toEqual([
      ["tsv-pp-2024-25-regional-arbeidsgruppe-2025-01-07", "samarbeidsforum-2025-01-08"],
      ["tsv-sfo-2024-25-regionale-samlinger-2025-01-15", "tsv-pp-2024-25-regionale-samlinger-2025-01-28"],
    ]);
    expect(january.map((p) => p.totalCount)).toEqual([4, 4]);
    const fromNinth = await allPages({ from: "2025-01-09", to: "2025-01-31", first: 1 });
    expect(fromNinth.map((p) => p.meetings.map((m) => [m.date, m.endDate]))).toEqual([
      [["2025-01-08", "2025-01-09"]],
      [["2025-01-15", null]],
      [["2025-01-28", null]],
    ]);
    expect(fromNinth[0]?.totalCount).toBe(3);
  });

  it("puts a meeting without a time after the timed ones of its day, across a page boundary", async () => {
    // 12 March 2025: the TSV PP working group at 11.00 (000) and Samarbeidsforum, untimed (004).
    const march = await allPages({ from: "2025-03-12", to: "2025-03-12", first: 1 });
    expect(march.map((p) => p.meetings.map((m) => [m.id, m.startTime]))).toEqual([
      [["tsv-pp-2024-25-regional-arbeidsgruppe-2025-03-12", "11:00:00"]],
      [["samarbeidsforum-2025-03-12", null]],
    ]);
  });

  it("answers a range without meetings with an empty page", async () => {
    const { meetingsPage } = await api.query(MeetingsPageDocument, { from: "2024-07-01", to: "2024-07-31" });
    expect(meetingsPage).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, meetings: [] });
  });

  it("refuses a cursor it did not write, a page out of bounds and unknown ids, naming the argument", async () => {
    const range = { from: "2025-01-01", to: "2025-01-31" };
    for (const after of [
      "bm9uc2Vuc2U",
      "arrayconnection:2",
      Buffer.from('["2025-01-07",null]').toString("base64url"),
    ]) {
      const [error] = await api.errors(MeetingsPageDocument, { ...range, after });
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    }
    const [tooLarge] = await api.errors(MeetingsPageDocument, { ...range, first: 1001 });
    expect(tooLarge?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    const [none] = await api.errors(MeetingsPageDocument, { ...range, first: 0 });
    expect(none?.extensions?.code).toBe("BAD_USER_INPUT");
    const [network] = await api.errors(MeetingsPageDocument, { ...range, network: "fosenn" });
    expect(network?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "network" });
  });
});

describe("meetingCounts", () => {
  it("counts Trøndelag sørvest's meetings per ISO week of November 2024, the empty weeks too", async () => {
    // 1 Nov (Friday, week 44); 4 and 6 Nov (week 45); the fagdag on 27 Nov (week 48).
    const { meetingCounts } = await api.query(MeetingCountsDocument, {
      from: "2024-11-01",
      to: "2024-11-30",
      network: "trondelag-sorvest",
      by: "WEEK",
    });
    expect(meetingCounts.map((c) => [c.period, c.week, c.meetings])).toEqual([
      ["2024-10-28", 44, 1],
      ["2024-11-04", 45, 2],
      ["2024-11-11", 46, 0],
      ["2024-11-18", 47, 0],
      ["2024-11-25", 48, 1],
    ]);
  });

  it("counts a meeting over two days on each day, and once in its week", async () => {
    const days = await api.query(MeetingCountsDocument, { from: "2025-03-11", to: "2025-03-14", by: "DAY" });
    expect(days.meetingCounts.map((c) => [c.period, c.meetings])).toEqual([
      ["2025-03-11", 0],
      ["2025-03-12", 2],
      ["2025-03-13", 1],
      ["2025-03-14", 0],
    ]);
    const week = await api.query(MeetingCountsDocument, { from: "2025-03-10", to: "2025-03-16", by: "WEEK" });
    expect(week.meetingCounts).toEqual([{ period: "2025-03-10", week: 11, meetings: 2 }]);
    // Only the part of the range counts: Samarbeidsforum of 8–9 January, from the 9th.
    const ninth = await api.query(MeetingCountsDocument, { from: "2025-01-09", to: "2025-01-09", by: "DAY" });
    expect(ninth.meetingCounts).toEqual([{ period: "2025-01-09", week: 2, meetings: 1 }]);
    const weekOfNinth = await api.query(MeetingCountsDocument, { from: "2025-01-09", to: "2025-01-12", by: "WEEK" });
    expect(weekOfNinth.meetingCounts).toEqual([{ period: "2025-01-06", week: 2, meetings: 1 }]);
  });

  it("narrows to an initiative: the Rekom DMMH plan's meetings of the school year, per week", async () => {
    // 001: 2 Sep, 16 Oct, 27 Nov (the shared fagdag), 4 Dec 2024; 9 Apr, 22 May, 24 Jun 2025.
    const { meetingCounts } = await api.query(MeetingCountsDocument, {
      from: "2024-08-01",
      to: "2025-07-31",
      initiative: "tsv-rekom-dmmh-2024-25",
      by: "WEEK",
    });
    expect(meetingCounts.filter((c) => c.meetings > 0).map((c) => [c.period, c.meetings])).toEqual([
      ["2024-09-02", 1],
      ["2024-10-14", 1],
      ["2024-11-25", 1],
      ["2024-12-02", 1],
      ["2025-04-07", 1],
      ["2025-05-19", 1],
      ["2025-06-23", 1],
    ]);
    // 29 July 2024 (the Monday before 1 August) to the week of 31 July 2025.
    expect(meetingCounts).toHaveLength(53);
  });

  it("refuses a range longer than a year, or backwards, and unknown ids", async () => {
    const [long] = await api.errors(MeetingCountsDocument, { from: "2024-01-01", to: "2025-01-01", by: "DAY" });
    expect(long?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
    const [year] = await api.errors(MeetingCountsDocument, { from: "2025-01-31", to: "2025-01-01", by: "DAY" });
    expect(year?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
    const [institution] = await api.errors(MeetingCountsDocument, {
      from: "2025-01-01",
      to: "2025-01-31",
      institution: "ntnuu",
      by: "WEEK",
    });
    expect(institution?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "institution" });
  });
});

describe("the person argument: the meetings of the person's calendar feed", () => {
  // 004, Vedlegg 5: Anne-Lise Holmvik (DMMH) supports Trøndelag sørvest among others; of her
  // networks only TSV has dated meetings (000, 001, 003). Mona Reitan Rosenlund supports Indre
  // Namdal and Innherred (no dated meetings) and is in the joint measure's working group
  // (Vedlegg 1, 1.3), whose initiative only Samarbeidsforum's 12.-13.03.25 serves (Vedlegg 2).
  // Lars H. Wettre supports Ytre Namdal and Værnes, which have no dated meetings, and is in no
  // working group. No document states that a person attends a forum.

  it("gives Anne-Lise Holmvik Trøndelag sørvest's November 2024, the shared fagdag once", async () => {
    // 000: 01.11.24 9.30 samling, 06.11.24 12.00 arbeidsgruppe, 27.11.24 9.30 fagdag; 003: 4.november 9-11.
    const { meetingsBetween } = await api.query(MeetingsBetweenDocument, {
      from: "2024-11-01",
      to: "2024-11-30",
      person: "anne-lise-holmvik",
    });
    expect(meetingsBetween.map((m) => [m.id, m.startTime])).toEqual([
      ["tsv-pp-2024-25-regionale-samlinger-2024-11-01", "09:30:00"],
      ["tsv-sfo-2024-25-regional-arbeidsgruppe-2024-11-04", "09:00:00"],
      ["tsv-pp-2024-25-regional-arbeidsgruppe-2024-11-06", "12:00:00"],
      ["tsv-regional-fagdag-2024-11-27", "09:30:00"],
    ]);
  });

  it("tells two people apart on 12 March 2025: the TSV working group for one, Samarbeidsforum for the other", async () => {
    // DMMH, Holmvik's institution, is a partner of the joint measure, but she is not in its
    // working group: Samarbeidsforum is not in her calendar. In March 2025 neither 001 nor 003
    // has a dated meeting; 000 has 12.03.25 kl 11.00-12.30.
    const march = { from: "2025-03-01", to: "2025-03-31" };
    const holmvik = await api.query(MeetingsBetweenDocument, { ...march, person: "anne-lise-holmvik" });
    expect(holmvik.meetingsBetween.map((m) => m.id)).toEqual(["tsv-pp-2024-25-regional-arbeidsgruppe-2025-03-12"]);
    const mona = await api.query(MeetingsBetweenDocument, { ...march, person: "mona-reitan-rosenlund" });
    expect(mona.meetingsBetween.map((m) => [m.id, m.date, m.endDate])).toEqual([
      ["samarbeidsforum-2025-03-12", "2025-03-12", "2025-03-13"],
    ]);
    // Samarbeidsforum's other meetings of 2025 serve no initiative: hers is the only one of the year.
    const year = await api.query(MeetingsBetweenDocument, {
      from: "2025-01-01",
      to: "2025-12-31",
      person: "mona-reitan-rosenlund",
    });
    expect(year.meetingsBetween.map((m) => m.id)).toEqual(["samarbeidsforum-2025-03-12"]);
  });

  it("answers a person whose networks have no dated meetings with none", async () => {
    const range = { from: "2024-08-01", to: "2025-06-30", person: "lars-h-wettre" };
    expect((await api.query(MeetingsBetweenDocument, range)).meetingsBetween).toEqual([]);
    const { meetingsPage } = await api.query(MeetingsPageDocument, range);
    expect(meetingsPage).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, meetings: [] });
    const { meetingCounts } = await api.query(MeetingCountsDocument, { ...range, by: "WEEK" });
    expect(meetingCounts.filter((c) => c.meetings > 0)).toEqual([]);
  });

  it("narrows together with the other arguments: the meetings both have", async () => {
    // Of Holmvik's November 2024, the Rekom DMMH plan (001) has only the fagdag of 27 November.
    const rekom = await api.query(MeetingsBetweenDocument, {
      from: "2024-11-01",
      to: "2024-11-30",
      person: "anne-lise-holmvik",
      initiative: "tsv-rekom-dmmh-2024-25",
    });
    expect(rekom.meetingsBetween.map((m) => m.id)).toEqual(["tsv-regional-fagdag-2024-11-27"]);
    // Mona Reitan Rosenlund does not support Trøndelag sørvest.
    const tsv = await api.query(MeetingsBetweenDocument, {
      from: "2025-03-01",
      to: "2025-03-31",
      person: "mona-reitan-rosenlund",
      network: "trondelag-sorvest",
    });
    expect(tsv.meetingsBetween).toEqual([]);
  });

  it("pages and counts Anne-Lise Holmvik's school year as meetingsBetween lists it", async () => {
    // The 29 meetings of the three TSV plans from 9 August 2024 to 24 June 2025 (see meetingsPage above).
    const range = { from: "2024-08-01", to: "2025-06-30", person: "anne-lise-holmvik" };
    const { meetingsBetween } = await api.query(MeetingsBetweenDocument, range);
    expect(meetingsBetween).toHaveLength(29);
    const pages = [];
    let after: string | null | undefined;
    do {
      const { meetingsPage } = await api.query(MeetingsPageDocument, { ...range, first: 10, after });
      pages.push(meetingsPage);
      after = meetingsPage.pageInfo.hasNextPage ? meetingsPage.pageInfo.endCursor : undefined;
    } while (after);
    expect(pages.map((p) => [p.meetings.length, p.totalCount])).toEqual([
      [10, 29],
      [10, 29],
      [9, 29],
    ]);
    expect(pages.flatMap((p) => p.meetings)).toEqual(meetingsBetween);
    // Every one of them lasts a day: a count of 1 on its day, per day as the list has them.
    const { meetingCounts } = await api.query(MeetingCountsDocument, { ...range, by: "DAY" });
    const perDay = new Map<string, number>();
    for (const m of meetingsBetween) perDay.set(m.date, (perDay.get(m.date) ?? 0) + 1);
    expect(meetingCounts.filter((c) => c.meetings > 0).map((c) => [c.period, c.meetings])).toEqual([...perDay]);
  });

  it("counts Samarbeidsforum's two days in Mona Reitan Rosenlund's week 11 of 2025", async () => {
    const { meetingCounts } = await api.query(MeetingCountsDocument, {
      from: "2025-03-10",
      to: "2025-03-16",
      person: "mona-reitan-rosenlund",
      by: "DAY",
    });
    expect(meetingCounts.map((c) => [c.period, c.meetings])).toEqual([
      ["2025-03-10", 0],
      ["2025-03-11", 0],
      ["2025-03-12", 1],
      ["2025-03-13", 1],
      ["2025-03-14", 0],
      ["2025-03-15", 0],
      ["2025-03-16", 0],
    ]);
  });

  it("refuses an unknown person in each of the three, naming the argument", async () => {
    const range = { from: "2025-01-01", to: "2025-01-31", person: "anne-lise-holmvk" };
    const errors = [
      ...(await api.errors(MeetingsBetweenDocument, range)),
      ...(await api.errors(MeetingsPageDocument, range)),
      ...(await api.errors(MeetingCountsDocument, { ...range, by: "DAY" })),
    ];
    expect(errors.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual(
      Array(3).fill(['No person has the id "anne-lise-holmvk" (argument person)', "NOT_FOUND", "person"]),
    );
  });
});

describe("upcomingDeadlines", () => {
  it("gives the next occurrence of each yearly deadline after 1 March 2025", async () => {
    const { upcomingDeadlines } = await api.query(UpcomingDeadlinesDocument, { after: "2025-03-01" });
    expect(upcomingDeadlines.map((d) => [d.date, d.step, d.setLocally])).toEqual([
      ["2025-03-15", "Innstilling", false],
      ["2025-04-15", "Vedtak/tilsagnsbrev", false],
      ["2025-06-15", "Rapportering", false],
      ["2025-12-01", "Behovsmelding", true],
      ["2026-01-15", "Rapporteringsfrist", false],
      ["2026-02-01", "Beslutningsgrunnlag", false],
    ]);
  });

  it("counts a deadline on the day itself as upcoming", async () => {
    const { upcomingDeadlines } = await api.query(UpcomingDeadlinesDocument, { after: "2025-03-15" });
    expect(upcomingDeadlines[0]).toMatchObject({ date: "2025-03-15", deadlineId: "innstilling" });
  });
});
