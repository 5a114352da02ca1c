// Expected values read from ../shared/seeds/004_571eb61e7a1b4683.txt (Vedlegg 5, Vedlegg 1)
// and the TSV plans 000, 001 and 003, which name the municipalities each measure covers.
import { describe, expect, it } from "vitest";
import {
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
  const uncovered = async (variables: { network: string; scheme?: string; targetGroup?: "KINDERGARTEN" | "SFO" | "PPT" }) =>
    (await api.query(UncoveredMunicipalitiesDocument, variables)).uncoveredMunicipalities;

  it("finds the TSV municipalities that no Rekom measure reaches: Frøya and Orkland", async () => {
    const answer = await uncovered({ network: "trondelag-sorvest", scheme: "rekom" });
    expect(answer.membershipKnown).toBe(true);
    expect(answer.municipalities?.map((m) => m.name)).toEqual(["Frøya", "Orkland"]);
    expect(answer.initiatives.map((i) => i.id)).toEqual(["tsv-rekom-dmmh-2024-25"]);
  });

  it("finds Rindal outside both Kompetanseløftet measures, and all six outside Dekom", async () => {
    expect((await uncovered({ network: "trondelag-sorvest", scheme: "kompetanseloftet" })).municipalities).toEqual([
      { id: "rindal", name: "Rindal" },
    ]);
    expect((await uncovered({ network: "trondelag-sorvest", scheme: "kompetanseloftet", targetGroup: "SFO" })).municipalities).toEqual([
      { id: "rindal", name: "Rindal" },
    ]);
    const dekom = await uncovered({ network: "trondelag-sorvest", scheme: "dekom" });
    expect(dekom.municipalities?.map((m) => m.name)).toEqual(["Frøya", "Heim", "Hitra", "Orkland", "Rindal", "Skaun"]);
    expect(dekom.initiatives).toEqual([]);
  });

  it("counts only the measures for the target group: kindergartens lack a measure in Frøya and Orkland", async () => {
    const answer = await uncovered({ network: "trondelag-sorvest", targetGroup: "KINDERGARTEN" });
    expect(answer.municipalities?.map((m) => m.name)).toEqual(["Frøya", "Orkland"]);
  });

  it("says that Fosen's membership is unknown instead of listing nothing", async () => {
    expect(await uncovered({ network: "fosen", scheme: "rekom" })).toEqual({
      network: { id: "fosen", name: "Fosen" },
      membershipKnown: false,
      municipalities: null,
      initiatives: [],
    });
  });

  it("answers an unknown network or scheme with NOT_FOUND", async () => {
    const [network] = await api.errors(UncoveredMunicipalitiesDocument, { network: "tsv" });
    expect(network?.message).toBe('No network has the id "tsv" (argument network)');
    const [scheme] = await api.errors(UncoveredMunicipalitiesDocument, { network: "trondelag-sorvest", scheme: "REKOM" });
    expect(scheme?.extensions?.code).toBe("NOT_FOUND");
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
