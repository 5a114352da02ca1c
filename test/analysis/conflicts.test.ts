// Expected values read from the årshjul tables of 000, 001 and 003 and Vedlegg 2 of 004. The
// only "Hvem" that names an institution is the PP regional working group's ("…, DMMH", 000),
// whose six meetings fall on six different days; no document says who from DMMH, Nord or NTNU
// attends any other meeting. Samarbeidsforum's meeting of 12–13 March 2025 serves the joint
// measure Inkluderende praksis, of which DMMH is a partner (004, Vedlegg 1).
import { describe, expect, it } from "vitest";
import { MeetingConflictsDocument, PossibleMeetingConflictsDocument } from "../../src/generated/operations.js";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();
const SCHOOL_YEAR = { from: "2024-08-01", to: "2025-06-30" };

describe("meetingConflicts", () => {
  it("finds no stated double booking in 2024/25: DMMH is stated only at the PP working group", async () => {
    const { meetingConflicts } = await api.query(MeetingConflictsDocument, SCHOOL_YEAR);
    expect(meetingConflicts).toEqual([]);
  });

  it("rejects a range that ends before it starts", async () => {
    const [range] = await api.errors(MeetingConflictsDocument, { from: "2025-06-30", to: "2024-08-01" });
    expect(range?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("possibleMeetingConflicts", () => {
  it("labels DMMH on 12 March 2025 possible: stated at the PP working group, only a partner of Samarbeidsforum's measure", async () => {
    const { possibleMeetingConflicts } = await api.query(PossibleMeetingConflictsDocument, SCHOOL_YEAR);
    expect(
      possibleMeetingConflicts.map((c) => [
        c.date,
        c.certainty,
        c.person,
        c.institution?.name,
        c.meetings.map((m) => m.id),
      ]),
    ).toEqual([
      [
        "2025-03-12",
        "POSSIBLE",
        null,
        "DMMH",
        ["tsv-pp-2024-25-regional-arbeidsgruppe-2025-03-12", "samarbeidsforum-2025-03-12"],
      ],
    ]);
    expect(
      possibleMeetingConflicts[0]?.evidence.map((e) => [e.meetingId, e.basis, e.stated, e.via, e.asWritten]),
    ).toEqual([
      ["tsv-pp-2024-25-regional-arbeidsgruppe-2025-03-12", "FORUM_PARTICIPANT", true, "Regional arbeidsgruppe", "DMMH"],
      [
        "tsv-pp-2024-25-regional-arbeidsgruppe-2025-03-12",
        "INITIATIVE_PARTNER",
        false,
        "Kompetanseløftet PP-tiltaket i Trøndelag sørvest 2024/2025",
        null,
      ],
      ["samarbeidsforum-2025-03-12", "INITIATIVE_PARTNER", false, "Inkluderende praksis i barnehager og skoler", null],
    ]);
    expect(possibleMeetingConflicts[0]?.evidence[0]?.sources[0]).toMatch(/^000_3a8ae5ecd7901ed4\.txt: /);
  });

  it("finds none in the autumn of 2024, where the three plans share their one fagdag", async () => {
    const { possibleMeetingConflicts } = await api.query(PossibleMeetingConflictsDocument, {
      from: "2024-08-01",
      to: "2024-12-31",
    });
    expect(possibleMeetingConflicts).toEqual([]);
  });
});

describe("the scope of the conflicts: those with a meeting of the network, initiative, institution or person", () => {
  // DMMH's possible double booking on 12 March 2025 (above) has two meetings: the TSV PP working
  // group's (initiative tsv-pp-2024-25 of Trøndelag sørvest, partner DMMH; seeds/plans/tsv-pp-2024-25.yaml)
  // and Samarbeidsforum's (the joint measure inkluderende-praksis, run by no network, partners DMMH,
  // Nord, NTNU, HINN, SEPU and Statped; 004, Vedlegg 1 and 2).
  const DMMH_12_MARCH = [["2025-03-12", "DMMH"]];
  const possible = async (scope: Record<string, string>) => {
    const { possibleMeetingConflicts } = await api.query(PossibleMeetingConflictsDocument, {
      ...SCHOOL_YEAR,
      ...scope,
    });
    return possibleMeetingConflicts.map((c) => [c.date, c.institution?.name]);
  };

  it("keeps DMMH's conflict for either of its meetings' network, initiative, partner or person", async () => {
    expect(await possible({ network: "trondelag-sorvest" })).toEqual(DMMH_12_MARCH);
    expect(await possible({ initiative: "inkluderende-praksis" })).toEqual(DMMH_12_MARCH);
    // Statped is not at either meeting, but a partner of Samarbeidsforum's measure: the meeting is in scope.
    expect(await possible({ institution: "statped" })).toEqual(DMMH_12_MARCH);
    // Anne-Lise Holmvik supports Trøndelag sørvest (004, Vedlegg 5): the working group's meeting is in her calendar.
    expect(await possible({ person: "anne-lise-holmvik" })).toEqual(DMMH_12_MARCH);
    const { possibleMeetingConflicts } = await api.query(PossibleMeetingConflictsDocument, {
      ...SCHOOL_YEAR,
      network: "trondelag-sorvest",
    });
    // Both meetings stay in the conflict, Samarbeidsforum's too, though no network runs its measure.
    expect(possibleMeetingConflicts[0]?.meetings.map((m) => m.id)).toEqual([
      "tsv-pp-2024-25-regional-arbeidsgruppe-2025-03-12",
      "samarbeidsforum-2025-03-12",
    ]);
  });

  it("leaves it out for a scope with neither meeting, or arguments that no meeting has together", async () => {
    // Fosen runs neither initiative; UiT is a partner of neither; Lars H. Wettre supports Ytre Namdal
    // and Værnes (004, Vedlegg 5), whose plans date no meeting.
    expect(await possible({ network: "fosen" })).toEqual([]);
    expect(await possible({ institution: "uit" })).toEqual([]);
    expect(await possible({ person: "lars-h-wettre" })).toEqual([]);
    expect(await possible({ network: "trondelag-sorvest", initiative: "inkluderende-praksis" })).toEqual([]);
    const { meetingConflicts } = await api.query(MeetingConflictsDocument, {
      ...SCHOOL_YEAR,
      network: "trondelag-sorvest",
    });
    expect(meetingConflicts).toEqual([]);
  });

  it("answers each field apart when one operation asks for both lists, as the årshjul does", async () => {
    // The same DMMH day for Trøndelag sørvest (above); none for Fosen, asked in the same operation.
    const answer = await api.query(
      `query Both($from: Date!, $to: Date!) {
        stated: meetingConflicts(from: $from, to: $to, network: "trondelag-sorvest") { date }
        possible: possibleMeetingConflicts(from: $from, to: $to, network: "trondelag-sorvest") {
          date institution { name } meetings { id }
        }
        fosen: possibleMeetingConflicts(from: $from, to: $to, network: "fosen") { date }
      }`,
      SCHOOL_YEAR,
    );
    expect(answer).toEqual({
      stated: [],
      possible: [
        {
          date: "2025-03-12",
          institution: { name: "DMMH" },
          meetings: [{ id: "tsv-pp-2024-25-regional-arbeidsgruppe-2025-03-12" }, { id: "samarbeidsforum-2025-03-12" }],
        },
      ],
      fosen: [],
    });
  });

  it("refuses an unknown id in both, naming the argument", async () => {
    const errors = [
      ...(await api.errors(MeetingConflictsDocument, { ...SCHOOL_YEAR, network: "fosenn" })),
      ...(await api.errors(PossibleMeetingConflictsDocument, { ...SCHOOL_YEAR, person: "anne-lise-holmvk" })),
    ];
    expect(errors.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['No network has the id "fosenn" (argument network)', "NOT_FOUND"],
      ['No person has the id "anne-lise-holmvk" (argument person)', "NOT_FOUND"],
    ]);
  });
});
