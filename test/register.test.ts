// The national register (seeds/register/kommuner-2024.csv, Kartverket) and what the documents
// say of each network's members. Expected values: the register's rows, and by hand from
// ../shared/seeds/000, 001, 003 (the municipalities TSV's plans name), 002 and 004 (Vedlegg 5).
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "./support/api.js";

const api = useSeededGraph();

describe("the national register", () => {
  it("holds 357 municipalities with numbers and 15 counties, each citing the register", async () => {
    const { records } = await api.driver.executeQuery(
      `RETURN COUNT { (m:Municipality) } AS municipalities,
              COUNT { (m:Municipality)-[:IN_COUNTY]->(:County) WHERE m.number =~ '\\\\d{4}' } AS numbered,
              COUNT { (m:Municipality) WHERE any(s IN m.sources WHERE s STARTS WITH 'kommuner-2024.csv: Kartverket') } AS cited,
              COUNT { (c:County) } AS counties,
              COUNT { (c:County) WHERE any(s IN c.sources WHERE s STARTS WITH 'kommuner-2024.csv: Kartverket') } AS countiesCited`,
    );
    expect(Object.values(records[0]?.toObject() ?? {}).map(Number)).toEqual([357, 357, 357, 15, 15]);
  });

  it("keeps the six seed municipalities' ids and links, and gives them their numbers", async () => {
    const { municipalities } = await api.query<{
      municipalities: {
        id: string;
        number: string;
        name: string;
        county: { number: string };
        initiatives: { id: string }[];
      }[];
    }>(`{
      municipalities(where: { networks: { some: { id: { eq: "trondelag-sorvest" } } } }, sort: [{ number: ASC }]) {
        id number name county { number } initiatives(sort: [{ id: ASC }]) { id }
      }
    }`);
    const pp = "tsv-pp-2024-25";
    const rekom = "tsv-rekom-dmmh-2024-25";
    const sfo = "tsv-sfo-2024-25";
    expect(
      municipalities.map((m) => [m.id, m.number, m.name, m.county.number, m.initiatives.map((i) => i.id)]),
    ).toEqual([
      ["froya", "5014", "Frøya", "50", [pp, sfo]],
      ["skaun", "5029", "Skaun", "50", [pp, rekom, sfo]],
      ["heim", "5055", "Heim", "50", [pp, rekom, sfo]],
      ["hitra", "5056", "Hitra", "50", [pp, rekom, sfo]],
      ["orkland", "5059", "Orkland", "50", [pp, sfo]],
      ["rindal", "5061", "Rindal", "50", [rekom]],
    ]);
  });

  it('keeps official names and finds every form: "Snåsa" is 5041, "Trööndelage" is county 50', async () => {
    const result = await api.query<{
      snasa: { number: string; name: string }[];
      trondheim: { number: string; name: string }[];
      counties: { number: string; name: string; municipalitiesConnection: { totalCount: number } }[];
    }>(`{
      snasa: municipalities(where: { names: { includes: "Snåsa" } }) { number name }
      trondheim: municipalities(where: { names: { includes: "Trondheim" } }) { number name }
      counties(where: { names: { includes: "Trööndelage" } }) { number name municipalitiesConnection { totalCount } }
    }`);
    expect(result.snasa).toEqual([{ number: "5041", name: "Snåase - Snåsa" }]);
    expect(result.trondheim).toEqual([{ number: "5001", name: "Trondheim - Tråante" }]);
    expect(result.counties).toEqual([
      { number: "50", name: "Trøndelag - Trööndelage", municipalitiesConnection: { totalCount: 38 } },
    ]);
  });

  it("holds Herøy and Våler twice each, told apart by number and county", async () => {
    const { municipalities } = await api.query<{
      municipalities: { id: string; number: string; county: { name: string } }[];
    }>(`{
      municipalities(where: { OR: [{ names: { includes: "Herøy" } }, { names: { includes: "Våler" } }] }, sort: [{ number: ASC }]) {
        id number county { name }
      }
    }`);
    expect(municipalities).toEqual([
      { id: "heroy-1515", number: "1515", county: { name: "Møre og Romsdal" } },
      { id: "heroy-1818", number: "1818", county: { name: "Nordland - Nordlánnda" } },
      { id: "valer-3114", number: "3114", county: { name: "Østfold" } },
      { id: "valer-3419", number: "3419", county: { name: "Innlandet" } },
    ]);
  });

  it("links the networks the documents place in Trøndelag to county 50, and no other", async () => {
    const { networks } = await api.query<{ networks: { id: string; inCounty: { number: string } | null }[] }>(`{
      networks(sort: [{ id: ASC }]) { id inCounty { number } }
    }`);
    expect(networks.filter((n) => n.inCounty?.number !== "50").map((n) => [n.id, n.inCounty])).toEqual([
      ["sor-troms-og-evenes", null],
    ]);
    expect(networks).toHaveLength(13);
  });
});

describe("network membership", () => {
  it("is inferred for Trøndelag sørvest from its three plans, and unknown for every other network", async () => {
    const { networks } = await api.query<{
      networks: {
        id: string;
        membershipStatus: string;
        membershipKnown: boolean;
        membershipSources: string[];
        members: { id: string }[];
      }[];
    }>(`{
      networks(sort: [{ id: ASC }]) { id membershipStatus membershipKnown membershipSources members(sort: [{ id: ASC }]) { id } }
    }`);
    expect(networks.map((n) => [n.id, n.membershipStatus, n.membershipKnown, n.members.length])).toEqual([
      ["fosen", "UNKNOWN", false, 0],
      ["gauldalsregionen", "UNKNOWN", false, 0],
      ["indre-namdal", "UNKNOWN", false, 0],
      ["innherred", "UNKNOWN", false, 0],
      ["levanger-verdal", "UNKNOWN", false, 0],
      ["midtre-namdal", "UNKNOWN", false, 0],
      ["ppt-ledernettverket", "UNKNOWN", false, 0],
      ["sor-troms-og-evenes", "UNKNOWN", false, 0],
      ["trondelag-sorvest", "INFERRED", true, 6],
      ["trondheim-malvik", "UNKNOWN", false, 0],
      ["vaernes", "UNKNOWN", false, 0],
      ["videregaende-skoler", "UNKNOWN", false, 0],
      ["ytre-namdal", "UNKNOWN", false, 0],
    ]);
    const tsv = networks.find((n) => n.id === "trondelag-sorvest");
    expect(tsv?.membershipSources.map((s) => s.split(":")[0])).toEqual([
      "000_3a8ae5ecd7901ed4.txt",
      "001_bc935cdedb893b1e.txt",
      "003_f5ccc106f6e629d1.txt",
    ]);
    expect(networks.every((n) => n.membershipSources.length > 0)).toBe(true);
  });
});
