// Names searched ignoring case, a bounded page at a time, as the dashboard's filters ask for them
// (web/src/shared/filter-queries.graphql). From seeds/networks.yaml: Ytre, Indre and Midtre Namdal; from
// seeds/people.yaml: Anne-Lise Holmvik, Anne Margrethe Amundsen Steen, Anne Cathrine Holt, Marianne
// Rien and Marianne Schram hold "anne", and Christine B. Østbø Munch "østbø".
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "./support/api.js";

const api = useSeededGraph();

const NETWORKS = `
  query ($text: String!, $first: Int!) {
    networksConnection(first: $first, where: { name: { caseInsensitive: { contains: $text } } }, sort: [{ name: ASC }]) {
      totalCount
      edges { node { id name } }
    }
  }
`;
const PEOPLE = `
  query ($text: String!) {
    people(where: { name: { caseInsensitive: { contains: $text } } }, sort: [{ name: ASC }]) { name }
  }
`;

describe("searching names ignoring case", () => {
  it("finds the first matches of a network's name in any case, and counts them all", async () => {
    const answer = await api.query(NETWORKS, { text: "NAMDAL", first: 2 });
    expect(answer).toEqual({
      networksConnection: {
        totalCount: 3,
        edges: [
          { node: { id: "indre-namdal", name: "Indre Namdal" } },
          { node: { id: "midtre-namdal", name: "Midtre Namdal" } },
        ],
      },
    });
  });

  it("finds a part of a name inside it, Norwegian letters too", async () => {
    const names = async (text: string) =>
      ((await api.query(PEOPLE, { text })) as { people: { name: string }[] }).people.map((p) => p.name);
    expect(await names("anne")).toEqual([
      "Anne Cathrine Holt",
      "Anne Margrethe Amundsen Steen",
      "Anne-Lise Holmvik",
      "Marianne Rien",
      "Marianne Schram",
    ]);
    expect(await names("ØSTBØ")).toEqual(["Christine B. Østbø Munch"]);
    expect(await names("ingen slik")).toEqual([]);
  });
});
