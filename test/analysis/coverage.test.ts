// Expected values read from ../shared/seeds/004_571eb61e7a1b4683.txt (Vedlegg 5, Vedlegg 1)
// and the TSV plans 000, 001 and 003, which name the municipalities each measure covers.
import { describe, expect, it } from "vitest";
import {
  CoverageMapDocument,
  FragileNetworksDocument,
  NetworksWithoutInstitutionDocument,
  PersonLoadDocument,
  TrackParticipationDocument,
  UncoveredMunicipalitiesDocument,
} from "../../src/generated/operations.js";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

describe("networksWithoutInstitution", () => {
  it("finds the Trøndelag networks with no partner from Nord universitet", async () => {
    const { networksWithoutInstitution } = await api.query(NetworksWithoutInstitutionDocument, {
      institution: "nord-universitet",
      county: "Trøndelag",
    });
    expect(networksWithoutInstitution.map((n) => n.name)).toEqual([
      "Fosen",
      "Midtre Namdal",
      "PPT-ledernettverket",
      "Videregående skoler",
      "Værnes",
      "Ytre Namdal",
    ]);
  });

  it("does not take SEPU's support of Fosen for NTNU's", async () => {
    const { networksWithoutInstitution } = await api.query(NetworksWithoutInstitutionDocument, {
      institution: "ntnu",
      county: "Trøndelag",
    });
    expect(networksWithoutInstitution.map((n) => n.name)).toContain("Fosen");
    expect(networksWithoutInstitution.map((n) => n.name)).not.toContain("Trøndelag sørvest");
    const hinn = await api.query(NetworksWithoutInstitutionDocument, { institution: "hinn", county: "Trøndelag" });
    expect(hinn.networksWithoutInstitution.map((n) => n.name)).not.toContain("Fosen");
  });

  it("answers an unknown institution with NOT_FOUND", async () => {
    const [error] = await api.errors(NetworksWithoutInstitutionDocument, { institution: "uio" });
    expect(error?.message).toBe('No institution has the id "uio" (argument institution)');
  });
});

describe("fragileNetworks", () => {
  it("names the networks that rest on one person, one institution, or none", async () => {
    const { fragileNetworks } = await api.query(FragileNetworksDocument, { county: "Trøndelag" });
    expect(fragileNetworks.map((f) => [f.network.name, f.reasons])).toEqual([
      ["Levanger/Verdal", ["SINGLE_PERSON", "SINGLE_INSTITUTION"]],
      ["Midtre Namdal", ["SINGLE_INSTITUTION"]],
      ["PPT-ledernettverket", ["NO_SUPPORT"]],
      ["Videregående skoler", ["SINGLE_PERSON", "SINGLE_INSTITUTION"]],
      ["Ytre Namdal", ["SINGLE_INSTITUTION"]],
    ]);
    const levanger = fragileNetworks[0];
    expect([levanger?.people.map((p) => p.name), levanger?.institutions.map((i) => i.name)]).toEqual([
      ["Malin Elvseth"],
      ["Nord universitet"],
    ]);
  });
});

describe("uncoveredMunicipalities", () => {
  const uncovered = async (variables: {
    network: string;
    scheme?: string;
    targetGroup?: "KINDERGARTEN" | "SFO" | "PPT";
  }) => (await api.query(UncoveredMunicipalitiesDocument, variables)).uncoveredMunicipalities;

  it("finds the TSV municipalities that Rekom DMMH (Heim, Hitra, Rindal, Skaun) does not name: Frøya and Orkland", async () => {
    const answer = await uncovered({ network: "trondelag-sorvest", scheme: "rekom" });
    expect([answer.membershipStatus, answer.schemeRecorded]).toEqual(["INFERRED", true]);
    expect(answer.municipalities?.map((m) => m.name)).toEqual(["Frøya", "Orkland"]);
    expect(answer.initiatives.map((i) => i.id)).toEqual(["tsv-rekom-dmmh-2024-25"]);
    expect(answer.membershipSources.map((s) => s.split(":")[0])).toEqual([
      "000_3a8ae5ecd7901ed4.txt",
      "001_bc935cdedb893b1e.txt",
      "003_f5ccc106f6e629d1.txt",
    ]);
  });

  it("finds Rindal outside both Kompetanseløftet measures (PP and SFO name the other five)", async () => {
    const answer = await uncovered({ network: "trondelag-sorvest", scheme: "kompetanseloftet" });
    expect([answer.schemeRecorded, answer.municipalities]).toEqual([true, [{ id: "rindal", name: "Rindal" }]]);
    expect(answer.initiatives.map((i) => i.id)).toEqual(["tsv-pp-2024-25", "tsv-sfo-2024-25"]);
    const sfo = await uncovered({ network: "trondelag-sorvest", scheme: "kompetanseloftet", targetGroup: "SFO" });
    expect([sfo.municipalities, sfo.initiatives.map((i) => i.id)]).toEqual([
      [{ id: "rindal", name: "Rindal" }],
      ["tsv-sfo-2024-25"],
    ]);
  });

  it("says that no document records Dekom for TSV, instead of listing all six as uncovered", async () => {
    expect(await uncovered({ network: "trondelag-sorvest", scheme: "dekom" })).toMatchObject({
      membershipStatus: "INFERRED",
      schemeRecorded: false,
      municipalities: null,
      initiatives: [],
    });
  });

  it("counts only the measures for the target group: kindergartens lack a measure in Frøya and Orkland", async () => {
    const answer = await uncovered({ network: "trondelag-sorvest", targetGroup: "KINDERGARTEN" });
    expect(answer.municipalities?.map((m) => m.name)).toEqual(["Frøya", "Orkland"]);
  });

  it("says that Fosen's membership is unknown and that no Rekom measure is recorded for it", async () => {
    expect(await uncovered({ network: "fosen", scheme: "rekom" })).toMatchObject({
      network: { id: "fosen", name: "Fosen" },
      membershipStatus: "UNKNOWN",
      schemeRecorded: false,
      municipalities: null,
      initiatives: [],
    });
  });

  it("answers an unknown network or scheme with NOT_FOUND", async () => {
    const [network] = await api.errors(UncoveredMunicipalitiesDocument, { network: "tsv" });
    expect(network?.message).toBe('No network has the id "tsv" (argument network)');
    const [scheme] = await api.errors(UncoveredMunicipalitiesDocument, {
      network: "trondelag-sorvest",
      scheme: "REKOM",
    });
    expect(scheme?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("coverageMap of Trøndelag (38 municipalities; only TSV's six members are known, inferred from its plans)", () => {
  const TSV = ["5014 Frøya", "5029 Skaun", "5055 Heim", "5056 Hitra", "5059 Orkland", "5061 Rindal"];
  const map = async (scheme: string) =>
    (await api.query(CoverageMapDocument, { scheme, county: "Trøndelag" })).coverageMap;
  const byStatus = (rows: { number: string; name: string; status: string }[], status: string) =>
    rows.filter((r) => r.status === status).map((r) => `${r.number} ${r.name}`);

  it("Rekom: Heim, Hitra, Rindal and Skaun covered by Rekom DMMH; Frøya and Orkland gaps; the other 32 unknown", async () => {
    const { municipalities, counties } = await map("rekom");
    expect(municipalities).toHaveLength(38);
    expect(byStatus(municipalities, "COVERED")).toEqual(["5029 Skaun", "5055 Heim", "5056 Hitra", "5061 Rindal"]);
    expect(byStatus(municipalities, "GAP")).toEqual(["5014 Frøya", "5059 Orkland"]);
    expect(byStatus(municipalities, "NOT_RECORDED")).toEqual([]);
    expect(byStatus(municipalities, "UNKNOWN")).toHaveLength(32);
    expect(counties).toEqual([
      {
        county: { number: "50", name: "Trøndelag - Trööndelage" },
        covered: 4,
        gap: 2,
        notRecorded: 0,
        unknown: 32,
        municipalities: 38,
      },
    ]);
    const heim = municipalities.find((m) => m.name === "Heim");
    expect(heim?.initiatives.map((i) => i.id)).toEqual(["tsv-rekom-dmmh-2024-25"]);
    expect(heim?.reason).toBe("Named by Rekom DMMH i Trøndelag sørvest 2024/2025 (Rekom).");
    expect(heim?.sources.every((s) => s.startsWith("001_bc935cdedb893b1e.txt"))).toBe(true);
    const froya = municipalities.find((m) => m.name === "Frøya");
    expect(froya?.networks).toEqual([
      {
        network: { id: "trondelag-sorvest", name: "Trøndelag sørvest" },
        membershipStatus: "INFERRED",
        schemeRecorded: true,
      },
    ]);
    expect(froya?.reason).toBe(
      "Member of Trøndelag sørvest; Rekom is recorded there, but no initiative of it names this municipality.",
    );
    const snasa = municipalities.find((m) => m.number === "5041");
    expect(snasa).toMatchObject({ name: "Snåase - Snåsa", status: "UNKNOWN", networks: [], initiatives: [] });
    expect(snasa?.sources).toEqual([
      "kommuner-2024.csv: Kartverket, administrative enheter 2024 (CC BY 4.0), kommunenummer 5041",
    ]);
  });

  it("Kompetanseløftet: the five of the PP and SFO measures covered; Rindal the one gap", async () => {
    const { municipalities } = await map("kompetanseloftet");
    expect(byStatus(municipalities, "COVERED")).toEqual([
      "5014 Frøya",
      "5029 Skaun",
      "5055 Heim",
      "5056 Hitra",
      "5059 Orkland",
    ]);
    expect(byStatus(municipalities, "GAP")).toEqual(["5061 Rindal"]);
    expect(municipalities.find((m) => m.name === "Orkland")?.initiatives.map((i) => i.id)).toEqual([
      "tsv-pp-2024-25",
      "tsv-sfo-2024-25",
    ]);
  });

  it("Dekom: no document records a Dekom measure, so TSV's six are not recorded, not gaps", async () => {
    const { municipalities, counties } = await map("dekom");
    expect(byStatus(municipalities, "NOT_RECORDED")).toEqual(TSV);
    expect([byStatus(municipalities, "COVERED"), byStatus(municipalities, "GAP")]).toEqual([[], []]);
    expect(municipalities.find((m) => m.name === "Rindal")?.reason).toBe(
      "Member of Trøndelag sørvest, but no initiative of Dekom is recorded there.",
    );
    expect(counties[0]).toMatchObject({ covered: 0, gap: 0, notRecorded: 6, unknown: 32 });
  });

  it("covers Norway without a county, and finds a county by number or by any form of its name", async () => {
    const all = (await api.query(CoverageMapDocument, { scheme: "rekom" })).coverageMap;
    expect([all.municipalities.length, all.counties.length]).toEqual([357, 15]);
    const byNumber = (await api.query(CoverageMapDocument, { scheme: "rekom", county: "50" })).coverageMap;
    const bySami = (await api.query(CoverageMapDocument, { scheme: "rekom", county: "Trööndelage" })).coverageMap;
    expect(byNumber.counties).toEqual(bySami.counties);
    const [county] = await api.errors(CoverageMapDocument, { scheme: "rekom", county: "Trondelag" });
    expect(county?.message).toBe('No county has the name or number "Trondelag" (argument county)');
  });
});

describe("personLoad", () => {
  it("ranks Anne-Lise Holmvik first with seven networks, five as primary and two as backup", async () => {
    const { personLoad } = await api.query(PersonLoadDocument, { limit: 3 });
    expect(personLoad.map((p) => [p.person.name, p.affiliation?.name, p.networks, p.primary, p.backup])).toEqual([
      ["Anne-Lise Holmvik", "DMMH", 7, 5, 2],
      ["Berte Bjørngaard", "DMMH", 5, 4, 1],
      ["Malin Elvseth", "Nord universitet", 5, 5, 0],
    ]);
  });

  it("rejects a limit outside 1..1000", async () => {
    const [error] = await api.errors(PersonLoadDocument, { limit: 0 });
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe("Expected a limit from 1 to 1000, got 0 (argument limit)");
  });
});

describe("trackParticipation", () => {
  it("says for each track that no document records who takes part", async () => {
    const { trackParticipation } = await api.query(TrackParticipationDocument);
    expect(trackParticipation.map((t) => [t.trackId, t.participationRecorded, t.networks])).toEqual([
      ["spor-1", false, null],
      ["spor-2", false, null],
      ["spor-3", false, null],
    ]);
  });
});
