// ../shared/seeds/003_f5ccc106f6e629d1.txt: Kompetanseløftet SFO-tiltaket i Trøndelag sørvest
// 2024/2025, with Nord universitet and NTNU Skrivesenteret. Expected values read from it.
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

type Row = [date: string, start: string, end: string, mode: string, place: string | null];

async function meetingsOf(forum: string): Promise<Row[]> {
  const { meetings } = await api.query<{ meetings: { date: string; startTime: string; endTime: string; mode: string; place: string | null }[] }>(
    `query ($forum: ID!) {
      meetings(where: { forums: { some: { id: { eq: $forum } } } }, sort: [{ date: ASC }]) { date startTime endTime mode place }
    }`,
    { forum },
  );
  return meetings.map((m) => [m.date, m.startTime, m.endTime, m.mode, m.place]);
}

/** How many property values, of every node and relationship in the graph, contain `term`. */
async function textsContaining(term: string): Promise<number> {
  const { records } = await api.driver.executeQuery(
    `CALL () {
       MATCH (n) UNWIND keys(n) AS k RETURN n[k] AS value
       UNION ALL
       MATCH ()-[r]->() UNWIND keys(r) AS k RETURN r[k] AS value
     }
     UNWIND (CASE WHEN value IS :: LIST<ANY> THEN value ELSE [value] END) AS item
     WITH toString(item) AS text WHERE text CONTAINS $term
     RETURN count(*) AS hits`,
    { term },
  );
  return Number(records[0]?.get("hits"));
}

describe("003: the SFO-tiltaket of Trøndelag sørvest 2024/25", () => {
  it("is run with Nord universitet and NTNU Skrivesenteret, a unit of NTNU, for SFO and schools", async () => {
    const { initiatives } = await api.query<{ initiatives: Record<string, unknown>[] }>(`{
      initiatives(where: { id: { eq: "tsv-sfo-2024-25" } }) {
        scheme { id } partners(sort: [{ name: ASC }]) { name kind parent { name } }
        municipalities(sort: [{ name: ASC }]) { name }
      }
    }`);
    expect(initiatives).toEqual([
      {
        scheme: { id: "kompetanseloftet" },
        partners: [
          { name: "NTNU Skrivesenteret", kind: "UNIT", parent: { name: "NTNU" } },
          { name: "Nord universitet", kind: "UNIVERSITY", parent: null },
        ],
        municipalities: [{ name: "Frøya" }, { name: "Heim" }, { name: "Hitra" }, { name: "Orkland" }, { name: "Skaun" }],
      },
    ]);
    const { initiatives: [groups] } = await api.query<{ initiatives: { targetGroups: string[] }[] }>(`{
      initiatives(where: { id: { eq: "tsv-sfo-2024-25" } }) { targetGroups }
    }`);
    expect(new Set(groups?.targetGroups)).toEqual(new Set(["SFO", "SCHOOL"]));
  });

  it("has six meetings of the regional working group, on Teams or in Børsa", async () => {
    expect(await meetingsOf("tsv-sfo-2024-25-regional-arbeidsgruppe")).toEqual([
      ["2024-08-09", "10:00:00", "11:00:00", "DIGITAL", null],
      ["2024-08-29", "09:00:00", "13:00:00", "PHYSICAL", "Børsa"],
      ["2024-11-04", "09:00:00", "11:00:00", "DIGITAL", null],
      ["2025-02-04", "09:00:00", "11:00:00", "DIGITAL", null],
      ["2025-04-23", "09:00:00", "13:00:00", "PHYSICAL", "Børsa"],
      ["2025-06-11", "09:00:00", "11:00:00", "DIGITAL", null],
    ]);
  });

  it("has eight regional gatherings, among them the fagdag of 27 November", async () => {
    const rows = await meetingsOf("tsv-sfo-2024-25-regionale-samlinger");
    expect(rows.map(([date, , , mode, place]) => [date, mode, place])).toEqual([
      ["2024-08-13", "PHYSICAL", "Børsa"],
      ["2024-09-20", "DIGITAL", null],
      ["2024-10-29", "PHYSICAL", "Heim"],
      ["2024-11-27", "PHYSICAL", "Børsa"],
      ["2025-01-15", "DIGITAL", null],
      ["2025-02-20", "PHYSICAL", "Orkland"],
      ["2025-04-10", "DIGITAL", null],
      ["2025-05-14", "PHYSICAL", "Hitra"],
    ]);
  });

  it("never stores the Teams meeting ID, passcode or links of the plan", async () => {
    const { meetings } = await api.query<{ meetings: { online: string; text: string }[] }>(`{
      meetings(where: { id: { eq: "tsv-sfo-2024-25-regionale-samlinger-2024-09-20" } }) { online text }
    }`);
    expect(meetings[0]?.online).toBe("teams");
    expect(await textsContaining("Børsa")).toBeGreaterThan(0); // the search does find what is stored
    expect(await textsContaining("fRLixB")).toBe(0);
    expect(await textsContaining("387 681 127 533")).toBe(0);
    expect(await textsContaining("Passord")).toBe(0);
  });
});
