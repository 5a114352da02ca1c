// Expected values worked out by hand from Vedlegg 5 of ../shared/seeds/004_571eb61e7a1b4683.txt,
// the partnership table: 54 supports join 30 people and the 11 Trøndelag networks the table fills
// (PPT-ledernettverket has no one) into one connected graph of 41 nodes.
// - Anne-Lise Holmvik carries the most networks: Fosen, Indre Namdal, Midtre Namdal,
//   Trondheim/Malvik and Værnes, and in parentheses Trøndelag sørvest and Ytre Namdal (7: 5 + 2).
// - Three people are cut vertices: Mette Meidell is Videregående skoler's only link to the rest,
//   Malin Elvseth Levanger/Verdal's, and Anne-Lise Holmvik Fosen's (its six other people support
//   Fosen alone). Everyone else shares each of their networks with someone who links it onwards.
// - The only one-person cells: Malin Elvseth for Nord universitet in Levanger/Verdal, Mette Meidell
//   for NTNU in Videregående skoler.
// - Mette Meidell's neighbours are Værnes and Videregående skoler, which has no other: every
//   shortest path through her joins Videregående skoler to one of the 39 other nodes, and all of
//   them do. Normalised over the 40 × 39 / 2 = 780 pairs of other nodes: 39 / 780 = 0.05.
// - The 19 people in a single network lie on no shortest path between others (betweenness 0);
//   each of the other 11 shares two networks with no one else on every path between them, or
//   with someone, which halves it but not to 0.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { supportNetwork } from "../../src/analysis/support-network.js";
import { SupportNetworkDocument } from "../../src/generated/operations.js";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";

const api = useSeededGraph();
const byName = (a: string, b: string) => a.localeCompare(b, "nb");

describe("supportNetwork", () => {
  it("tells who holds the networks together", async () => {
    const { supportNetwork: answer } = await api.query(SupportNetworkDocument, { county: "Trøndelag" });
    const people = answer.people;
    expect(people).toHaveLength(30);
    const person = (name: string) => people.find((p) => p.person.name === name);

    expect(person("Anne-Lise Holmvik")).toMatchObject({
      affiliation: { name: "DMMH" },
      networks: 7,
      primary: 5,
      backup: 2,
    });
    expect(Math.max(...people.map((p) => p.networks))).toBe(7);
    expect(
      people
        .filter((p) => p.cutVertex)
        .map((p) => p.person.name)
        .sort(byName),
    ).toEqual(["Anne-Lise Holmvik", "Malin Elvseth", "Mette Meidell"]);
    const sole = people.flatMap((p) => p.soleContacts.map((s) => [p.person.name, s.network.name, s.institution.name]));
    expect(sole.sort((a, b) => byName(a[0]!, b[0]!))).toEqual([
      ["Malin Elvseth", "Levanger/Verdal", "Nord universitet"],
      ["Mette Meidell", "Videregående skoler", "NTNU"],
    ]);

    expect(person("Mette Meidell")?.betweenness).toBeCloseTo(0.05, 10);
    const unshared = people.filter((p) => p.betweenness === 0).map((p) => p.person.name);
    expect(unshared).toHaveLength(19);
    expect(unshared.sort(byName)).toEqual(
      people
        .filter((p) => p.networks === 1)
        .map((p) => p.person.name)
        .sort(byName),
    );
    // Highest betweenness first.
    expect(people.map((p) => p.betweenness)).toEqual([...people.map((p) => p.betweenness)].sort((a, b) => b - a));
  });

  it("answers the whole country as Trøndelag, whose networks are all the seeds hold", async () => {
    const everywhere = await api.query(SupportNetworkDocument, {});
    const trondelag = await api.query(SupportNetworkDocument, { county: "Trøndelag" });
    expect(everywhere).toEqual(trondelag);
  });

  it("computes again when a support changes: a second NTNU contact for Videregående skoler", async () => {
    await api.driver.executeQuery(
      `MATCH (p:Person {id: 'bodil-svendsen'}), (n:Network {id: 'videregaende-skoler'})
       CREATE (p)-[:SUPPORTS {role: 'BACKUP', institution: 'ntnu', schemes: [], source: 'test'}]->(n)`,
      {},
      { database: testTarget().database },
    );
    try {
      const { supportNetwork: answer } = await api.query(SupportNetworkDocument, { county: "Trøndelag" });
      const mette = answer.people.find((p) => p.person.name === "Mette Meidell");
      expect([mette?.cutVertex, mette?.soleContacts]).toEqual([false, []]);
      expect(answer.people.find((p) => p.person.name === "Bodil Svendsen")).toMatchObject({ networks: 2, backup: 1 });
    } finally {
      await api.driver.executeQuery(
        `MATCH (:Person {id: 'bodil-svendsen'})-[s:SUPPORTS {source: 'test'}]->(:Network {id: 'videregaende-skoler'}) DELETE s`,
        {},
        { database: testTarget().database },
      );
    }
    const { supportNetwork: again } = await api.query(SupportNetworkDocument, { county: "Trøndelag" });
    expect(again.people.find((p) => p.person.name === "Mette Meidell")?.cutVertex).toBe(true);
  });

  it("answers an unknown county with NOT_FOUND", async () => {
    const [error] = await api.errors(SupportNetworkDocument, { county: "Atlantis" });
    expect([error?.message, error?.extensions?.code]).toEqual([
      'No network is in the county "Atlantis" (argument county)',
      "NOT_FOUND",
    ]);
  });

  it("refuses more people than a page before computing", async () => {
    const context = {
      analysis: {
        driver: api.driver,
        database: testTarget().database,
        transactionTimeoutMs: loadConfig({}).graphql.limits.transactionTimeoutMs,
      },
    };
    await expect(supportNetwork({ pageSize: 29 })(undefined, { county: "Trøndelag" }, context)).rejects.toThrow(
      "The answer of supportNetwork would hold 30 people; at most 29 are returned in one answer: narrow the county",
    );
    expect((await supportNetwork({ pageSize: 30 })(undefined, { county: "Trøndelag" }, context)).people).toHaveLength(
      30,
    );
  });
});
