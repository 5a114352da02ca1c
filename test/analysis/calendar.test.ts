// Expected values read from the årshjul tables of 000, 001 and 003, Vedlegg 2 of 004 and
// the saksgang of 004 section 4.
import { describe, expect, it } from "vitest";
import { MeetingsBetweenDocument, UpcomingDeadlinesDocument } from "../../src/generated/operations.js";
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
