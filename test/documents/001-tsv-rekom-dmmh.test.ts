// ../shared/seeds/001_bc935cdedb893b1e.txt: Rekom DMMH i Trøndelag sørvest 2024/2025.
// Every expected value below is read from that document.
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

describe("001: Rekom with DMMH in Trøndelag sørvest 2024/25", () => {
  it("covers the kindergartens of Heim, Hitra, Rindal and Skaun under Rekom, with DMMH", async () => {
    const { initiatives } = await api.query<{ initiatives: Record<string, unknown>[] }>(`{
      initiatives(where: { id: { eq: "tsv-rekom-dmmh-2024-25" } }) {
        scheme { id } network { id } partners { id } targetGroups
        municipalities(sort: [{ name: ASC }]) { name }
      }
    }`);
    expect(initiatives).toEqual([
      {
        scheme: { id: "rekom" },
        network: { id: "trondelag-sorvest" },
        partners: [{ id: "dmmh" }],
        targetGroups: ["KINDERGARTEN"],
        municipalities: [{ name: "Heim" }, { name: "Hitra" }, { name: "Rindal" }, { name: "Skaun" }],
      },
    ]);
  });

  it("has five forums with who takes part", async () => {
    const { forums } = await api.query<{ forums: { name: string; who: string }[] }>(`{
      forums(where: { initiative: { id: { eq: "tsv-rekom-dmmh-2024-25" } } }, sort: [{ name: ASC }]) { name who }
    }`);
    expect(forums.map((f) => f.name)).toEqual([
      "Kommunalt styrernetverk",
      "Nettverk mellom barnehager",
      "Regional arbeidsgruppe",
      "Regionalt styrernetverk",
      "Utviklingsarbeid i barnehagen",
    ]);
    expect(forums.find((f) => f.name === "Regional arbeidsgruppe")?.who).toBe(
      "Eier, UH, en styrer, ressursperson og utviklingsveileder",
    );
  });

  it("dates the working group's meetings and the two styrersamlinger at DMMH", async () => {
    const { meetings } = await api.query<{ meetings: { date: string; startTime: string; endTime: string; place: string | null; forums: { name: string }[] }[] }>(`{
      meetings(where: { initiatives: { some: { id: { eq: "tsv-rekom-dmmh-2024-25" } } } }, sort: [{ date: ASC }]) {
        date startTime endTime place forums(where: { initiative: { id: { eq: "tsv-rekom-dmmh-2024-25" } } }) { name }
      }
    }`);
    expect(meetings.map((m) => [m.date, m.startTime, m.endTime, m.place, m.forums[0]?.name])).toEqual([
      ["2024-09-02", "12:00:00", "14:30:00", null, "Regional arbeidsgruppe"],
      ["2024-10-16", "09:30:00", "15:00:00", "DMMH", "Regionalt styrernetverk"],
      ["2024-11-27", "09:30:00", "15:30:00", "Børsa", "Utviklingsarbeid i barnehagen"],
      ["2024-12-04", "12:00:00", "14:30:00", null, "Regional arbeidsgruppe"],
      ["2025-04-09", "08:30:00", "11:00:00", null, "Regional arbeidsgruppe"],
      ["2025-05-22", "09:30:00", "15:00:00", "DMMH", "Regionalt styrernetverk"],
      ["2025-06-24", "10:00:00", "15:00:00", "DMMH", "Regional arbeidsgruppe"],
    ]);
  });

  it("notes that the 4 December agenda evaluates 'fagdag 4/12', which was the fagdag of 27 November", async () => {
    const { dataQualityNotes } = await api.query<{ dataQualityNotes: { field: string; original: string; corrected: string }[] }>(`{
      dataQualityNotes(where: { subjectId: { eq: "tsv-rekom-dmmh-2024-25-regional-arbeidsgruppe-2024-12-04" } }) { field original corrected }
    }`);
    expect(dataQualityNotes).toEqual([{ field: "agenda", original: "Evaluering fagdag 4/12", corrected: "Evaluering fagdag 27/11" }]);
  });
});
