// ../shared/seeds/004_571eb61e7a1b4683.txt: the long-term plan for Kompetanseløftet in
// Trøndelag 2024–2026 with its attachments. Every expected value below is read from it.
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

interface SupportEdge {
  properties: { role: string; institution: string; schemes: string[]; note: string | null };
  node: { name: string };
}

async function supportersOf(network: string): Promise<SupportEdge[]> {
  const { networks } = await api.query<{ networks: { supportersConnection: { edges: SupportEdge[] } }[] }>(
    `query ($network: ID!) {
      networks(where: { id: { eq: $network } }) {
        supportersConnection(sort: [{ node: { name: ASC } }]) {
          edges { properties { role institution schemes note } node { name } }
        }
      }
    }`,
    { network },
  );
  return networks[0]?.supportersConnection.edges ?? [];
}

describe("004, Vedlegg 5: the partnership table", () => {
  it("lists eleven competence networks in Trøndelag", async () => {
    const { networks } = await api.query<{ networks: { name: string }[] }>(`{
      networks(where: { county: { eq: "Trøndelag" }, kind: { in: [COMPETENCE_NETWORK, SECTOR_NETWORK] } }, sort: [{ name: ASC }]) { name }
    }`);
    expect(networks.map((n) => n.name)).toEqual([
      "Fosen",
      "Gauldalsregionen",
      "Indre Namdal",
      "Innherred",
      "Levanger/Verdal",
      "Midtre Namdal",
      "Trondheim/Malvik",
      "Trøndelag sørvest",
      "Videregående skoler",
      "Værnes",
      "Ytre Namdal",
    ]);
  });

  it("says Fosen is supported by five people from DMMH and two from SEPU, which is part of HINN", async () => {
    const edges = await supportersOf("fosen");
    expect(edges.map((e) => [e.node.name, e.properties.institution, e.properties.role])).toEqual([
      ["Ann Gustavsen", "sepu", "PRIMARY"],
      ["Anne-Lise Holmvik", "dmmh", "PRIMARY"],
      ["Elisabeth Lehn", "dmmh", "PRIMARY"],
      ["Ingunn Elder", "dmmh", "PRIMARY"],
      ["Mari Westerhus", "dmmh", "PRIMARY"],
      ["Marianne Rien", "dmmh", "PRIMARY"],
      ["Mette Marit Jensen", "sepu", "PRIMARY"],
    ]);
    const { institutions } = await api.query<{ institutions: { parent: { name: string } }[] }>(`{
      institutions(where: { id: { eq: "sepu" } }) { parent { name } }
    }`);
    expect(institutions[0]?.parent.name).toBe("HINN");
  });

  it("makes names in parentheses backups: Anne-Lise Holmvik for Trøndelag sørvest", async () => {
    const edges = await supportersOf("trondelag-sorvest");
    expect(edges.map((e) => [e.node.name, e.properties.institution, e.properties.role])).toEqual([
      ["Anne-Lise Holmvik", "dmmh", "BACKUP"],
      ["Berte Bjørngaard", "dmmh", "PRIMARY"],
      ["Heidi Sandø", "ntnu", "PRIMARY"],
      ["Jeanett Pettersen", "nord-universitet", "PRIMARY"],
      ["Laila S. Flormælen", "dmmh", "PRIMARY"],
      ["Malin Elvseth", "nord-universitet", "PRIMARY"],
      ["Maria Hole-Forsmo", "ntnu", "PRIMARY"],
    ]);
  });

  it("ties Gauldalsregionen's DMMH contacts to Rekom as well, as the cell says", async () => {
    const dmmh = (await supportersOf("gauldalsregionen")).filter((e) => e.properties.institution === "dmmh");
    expect(dmmh.map((e) => e.node.name)).toEqual(["Berte Bjørngaard", "Hege Bergo", "Marianne Schram"]);
    for (const edge of dmmh) {
      expect(new Set(edge.properties.schemes)).toEqual(new Set(["rekom", "kompetanseloftet"]));
      expect(edge.properties.note).toBe("REKOM og kompetanseløftet sees i sammenheng");
    }
  });

  it("counts 54 supports by 30 people, four of them as backups", async () => {
    const { people } = await api.query<{ people: { supportsConnection: { edges: { properties: { role: string } }[] } }[] }>(`{
      people { supportsConnection { edges { properties { role } } } }
    }`);
    const roles = people.flatMap((p) => p.supportsConnection.edges.map((e) => e.properties.role));
    expect(roles).toHaveLength(54);
    expect(roles.filter((r) => r === "BACKUP")).toHaveLength(4);
    expect(people.filter((p) => p.supportsConnection.edges.length > 0)).toHaveLength(30);
  });

  it("has Anne-Lise Holmvik supporting seven networks, the most of anyone", async () => {
    const { people } = await api.query<{ people: { name: string; supportsConnection: { totalCount: number } }[] }>(`{
      people { name supportsConnection { totalCount } }
    }`);
    const ranked = [...people].sort((a, b) => b.supportsConnection.totalCount - a.supportsConnection.totalCount);
    expect(ranked[0]).toEqual({ name: "Anne-Lise Holmvik", supportsConnection: { totalCount: 7 } });
    expect(ranked[1]?.supportsConnection.totalCount).toBeLessThan(7);
  });

  it("holds Mona R. Rosenlund and Mona Reitan Rosenlund as one person", async () => {
    const { people } = await api.query<{ people: Record<string, unknown>[] }>(`{
      people(where: { name: { contains: "Rosenlund" } }) {
        name aliases affiliation { name } supports(sort: [{ name: ASC }]) { name } workingGroups { name }
      }
    }`);
    expect(people).toEqual([
      {
        name: "Mona Reitan Rosenlund",
        aliases: ["Mona R. Rosenlund"],
        affiliation: { name: "Nord universitet" },
        supports: [{ name: "Indre Namdal" }, { name: "Innherred" }],
        workingGroups: [{ name: "Arbeidsgruppe fellestiltak" }],
      },
    ]);
  });
});

describe("004, Vedlegg 1: the joint measure Inkluderende praksis", () => {
  it("has a working group of seven, one from PPT", async () => {
    const { workingGroups } = await api.query<{
      workingGroups: { initiative: { id: string }; membersConnection: { edges: { properties: { representing: string }; node: { name: string } }[] } }[];
    }>(`{
      workingGroups {
        initiative { id }
        membersConnection(sort: [{ node: { name: ASC } }]) { edges { properties { representing } node { name } } }
      }
    }`);
    expect(workingGroups).toHaveLength(1);
    expect(workingGroups[0]?.initiative.id).toBe("inkluderende-praksis");
    expect(workingGroups[0]?.membersConnection.edges.map((e) => [e.node.name, e.properties.representing])).toEqual([
      ["Anne Cathrine Holt", "sepu"],
      ["Camilla Normann Justnes", "ntnu"],
      ["Jana van der Zwart-Langner", "dmmh"],
      ["Lars Arild Myhr", "sepu"],
      ["Mona Reitan Rosenlund", "nord-universitet"],
      ["Svein Harald Nygård", "statped"],
      ["Tone Dahl", "PPT"],
    ]);
  });

  it("has three tracks; Statped follows up spor 1; spor 3 has six gatherings along six phases", async () => {
    const { tracks } = await api.query<{ tracks: { number: number; lead: { name: string } | null; gatherings: { number: number }[]; phases: { name: string }[] }[] }>(`{
      tracks(where: { initiative: { id: { eq: "inkluderende-praksis" } } }, sort: [{ number: ASC }]) {
        number lead { name } gatherings(sort: [{ number: ASC }]) { number } phases(sort: [{ number: ASC }]) { name }
      }
    }`);
    expect(tracks.map((t) => [t.number, t.lead?.name ?? null, t.gatherings.length])).toEqual([
      [1, "Statped", 0],
      [2, null, 0],
      [3, null, 6],
    ]);
    expect(tracks[2]?.phases.map((p) => p.name)).toEqual([
      "Scanning",
      "Fokusere",
      "Utvikle forståelse",
      "Læring",
      "Nye handlinger",
      "Evaluere",
    ]);
  });

  it("builds on the finished Inkluderingsanalysen measure", async () => {
    const { initiatives } = await api.query<{ initiatives: { buildsOn: { status: string; periodStart: string } }[] }>(`{
      initiatives(where: { id: { eq: "inkluderende-praksis" } }) { buildsOn { status periodStart } }
    }`);
    expect(initiatives[0]?.buildsOn).toEqual({ status: "FINISHED", periodStart: "2021-01-01" });
  });

  it("notes that Samling 5 of spor 3 prepares phase 6, not phase 5 as written", async () => {
    const { dataQualityNotes } = await api.query<{ dataQualityNotes: { original: string; corrected: string }[] }>(`{
      dataQualityNotes(where: { subjectType: { eq: "Track" }, subjectId: { eq: "spor-3" } }) { original corrected }
    }`);
    expect(dataQualityNotes).toContainEqual({
      original: expect.stringContaining("Forberede fase 5"),
      corrected: expect.stringContaining("Forberede fase 6"),
    });
  });
});

describe("004, section 4 and Vedlegg 2: money, deadlines and the 2025 calendar", () => {
  it("sets the yearly deadlines of the process", async () => {
    const { deadlines } = await api.query<{ deadlines: { step: string; month: number; day: number; setLocally: boolean }[] }>(`{
      deadlines(where: { id: { in: ["behovsmelding", "beslutningsgrunnlag", "innstilling", "vedtak-tilsagnsbrev", "rapportering"] } }, sort: [{ month: ASC }]) {
        step month day setLocally
      }
    }`);
    expect(deadlines.map((d) => [d.step, d.day, d.month, d.setLocally])).toEqual([
      ["Beslutningsgrunnlag", 1, 2, false],
      ["Innstilling", 15, 3, false],
      ["Vedtak/tilsagnsbrev", 15, 4, false],
      ["Rapportering", 15, 6, false],
      ["Behovsmelding", 1, 12, true],
    ]);
  });

  it("allocates 100 000 to each of the 11 networks and 200 000 more to Trondheim/Malvik: 1 300 000", async () => {
    const { allocations } = await api.query<{ allocations: { id: string; amountNok: number; totalNok: number | null; networks: { id: string }[]; institutions: { id: string }[] }[] }>(`{
      allocations { id amountNok totalNok networks { id } institutions { id } }
    }`);
    const coordination = allocations.filter((a) => a.id.startsWith("koordinering"));
    const paid = coordination.reduce((sum, a) => sum + a.amountNok * a.networks.length, 0);
    expect(paid).toBe(1_300_000);
    expect(coordination.find((a) => a.totalNok)?.totalNok).toBe(1_300_000);
    const base = allocations.find((a) => a.id === "grunntilskudd-uh");
    expect(base?.amountNok).toBe(200_000);
    expect(base?.institutions.map((i) => i.id).sort()).toEqual(["dmmh", "nord-universitet", "ntnu"]);
    expect(allocations.find((a) => a.networks.some((n) => n.id === "ppt-ledernettverket"))?.amountNok).toBe(200_000);
    expect(allocations.find((a) => a.id === "motevirksomhet")?.amountNok).toBe(300_000);
  });

  it("dates Samarbeidsforum's meetings of 2025 and January 2026", async () => {
    const { meetings } = await api.query<{ meetings: { date: string; endDate: string | null }[] }>(`{
      meetings(where: { forums: { some: { name: { eq: "Samarbeidsforum" } } } }, sort: [{ date: ASC }]) { date endDate }
    }`);
    expect(meetings.map((m) => [m.date, m.endDate])).toEqual([
      ["2025-01-08", "2025-01-09"],
      ["2025-03-12", "2025-03-13"],
      ["2025-09-10", "2025-09-11"],
      ["2025-11-11", null],
      ["2026-01-14", "2026-01-15"],
    ]);
  });
});
