// ../shared/seeds/000_3a8ae5ecd7901ed4.txt: Kompetanseløftet PP-tiltaket i Trøndelag sørvest
// 2024/2025, with DMMH. Every expected value below is read from that document.
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

interface Meeting {
  date: string;
  startTime: string | null;
  endTime: string | null;
  mode: string | null;
  place: string | null;
}

describe("000: the PP-tiltaket of Trøndelag sørvest 2024/25", () => {
  it("is a Kompetanseløftet measure of TSV with DMMH, for the PPT of five municipalities", async () => {
    const { initiatives } = await api.query<{ initiatives: Record<string, unknown>[] }>(`{
      initiatives(where: { id: { eq: "tsv-pp-2024-25" } }) {
        kind scheme { name } network { name } partners { name }
        municipalities(sort: [{ name: ASC }]) { name }
        targetGroups periodStart periodEnd
      }
    }`);
    expect(initiatives).toEqual([
      {
        kind: "MEASURE",
        scheme: { name: "Kompetanseløftet" },
        network: { name: "Trøndelag sørvest" },
        partners: [{ name: "DMMH" }],
        municipalities: [{ name: "Frøya" }, { name: "Heim" }, { name: "Hitra" }, { name: "Orkland" }, { name: "Skaun" }],
        targetGroups: ["PPT"],
        periodStart: "2024-08-01",
        periodEnd: "2025-06-30",
      },
    ]);
  });

  it("works through four forums, the columns of its årshjul", async () => {
    const { forums } = await api.query<{ forums: { name: string }[] }>(`{
      forums(where: { initiative: { id: { eq: "tsv-pp-2024-25" } } }, sort: [{ name: ASC }]) { name }
    }`);
    expect(forums.map((f) => f.name)).toEqual(["Kommunale nettverk", "Regional arbeidsgruppe", "Regionale samlinger", "Utviklingsarbeid"]);
  });

  it("has six Teams meetings of the regional working group", async () => {
    const { meetings } = await api.query<{ meetings: Meeting[] }>(`{
      meetings(where: { forums: { some: { id: { eq: "tsv-pp-2024-25-regional-arbeidsgruppe" } } } }, sort: [{ date: ASC }]) {
        date startTime endTime mode place
      }
    }`);
    const teams = (date: string, startTime: string, endTime: string) => ({ date, startTime, endTime, mode: "DIGITAL", place: null });
    expect(meetings).toEqual([
      teams("2024-09-24", "10:00:00", "12:00:00"),
      teams("2024-10-07", "14:00:00", "15:30:00"),
      teams("2024-11-06", "12:00:00", "13:00:00"),
      teams("2025-01-07", "09:00:00", "10:00:00"),
      teams("2025-03-12", "11:00:00", "12:30:00"),
      teams("2025-05-07", "08:30:00", "11:00:00"),
    ]);
  });

  it("has the regional gatherings, the April one dated 2025 although written 08.04.24", async () => {
    const { meetings } = await api.query<{ meetings: Meeting[] }>(`{
      meetings(
        where: { forums: { some: { id: { eq: "tsv-pp-2024-25-regionale-samlinger" } } }, date: { gte: "2024-08-01" } }
        sort: [{ date: ASC }]
      ) { date startTime endTime mode place }
    }`);
    expect(meetings).toEqual([
      { date: "2024-11-01", startTime: "09:30:00", endTime: "14:30:00", mode: "PHYSICAL", place: "Børsa" },
      { date: "2024-11-27", startTime: "09:30:00", endTime: "15:30:00", mode: "PHYSICAL", place: "Børsa" },
      { date: "2025-01-28", startTime: "13:00:00", endTime: "15:00:00", mode: "DIGITAL", place: null },
      { date: "2025-04-08", startTime: "09:30:00", endTime: "15:00:00", mode: "PHYSICAL", place: "DMMH" },
    ]);
    const { dataQualityNotes } = await api.query<{ dataQualityNotes: { original: string; corrected: string }[] }>(`{
      dataQualityNotes(where: { subjectId: { eq: "tsv-pp-2024-25-regionale-samlinger-2025-04-08" } }) { original corrected }
    }`);
    expect(dataQualityNotes).toContainEqual({ original: expect.stringContaining("08.04.24"), corrected: expect.stringContaining("2025-04-08") });
  });

  it("shares the regional fagdag of 27 November 2024 in Børsa with the Rekom and SFO plans: one meeting", async () => {
    const { meetings } = await api.query<{ meetings: { initiatives: { id: string }[] }[] }>(`{
      meetings(where: { date: { eq: "2024-11-27" } }) { initiatives(sort: [{ id: ASC }]) { id } }
    }`);
    expect(meetings).toEqual([
      { initiatives: [{ id: "tsv-pp-2024-25" }, { id: "tsv-rekom-dmmh-2024-25" }, { id: "tsv-sfo-2024-25" }] },
    ]);
  });
});
