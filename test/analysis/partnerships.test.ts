// Expected values read from ../shared/seeds/004_571eb61e7a1b4683.txt (Vedlegg 5) and the
// plans 000–003, which name each initiative's partners.
import { describe, expect, it } from "vitest";
import {
  InstitutionReachDocument,
  NetworkPartnersDocument,
  PartnershipMatrixDocument,
} from "../../src/generated/operations.js";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe("partnershipMatrix", () => {
  it("has a row for each network in Trøndelag and a column for each institution, units apart", async () => {
    const { partnershipMatrix: matrix } = await api.query(PartnershipMatrixDocument, { county: "Trøndelag" });
    expect(matrix.institutions.map((i) => i.id)).toEqual(["dmmh", "ntnu", "nord-universitet", "sepu"]);
    expect(matrix.rows.map((r) => r.network.name)).toEqual([
      "Fosen",
      "Gauldalsregionen",
      "Indre Namdal",
      "Innherred",
      "Levanger/Verdal",
      "Midtre Namdal",
      "PPT-ledernettverket",
      "Trondheim/Malvik",
      "Trøndelag sørvest",
      "Videregående skoler",
      "Værnes",
      "Ytre Namdal",
    ]);
    const tsv = matrix.rows.find((r) => r.network.id === "trondelag-sorvest");
    expect(tsv?.cells.map((c) => [c.institution.id, names(c.primary), names(c.backup)])).toEqual([
      ["dmmh", ["Berte Bjørngaard", "Laila S. Flormælen"], ["Anne-Lise Holmvik"]],
      ["ntnu", ["Heidi Sandø", "Maria Hole-Forsmo"], []],
      ["nord-universitet", ["Jeanett Pettersen", "Malin Elvseth"], []],
      ["sepu", [], []],
    ]);
  });

  it("never reports SEPU as NTNU: rolled up, SEPU counts for HINN", async () => {
    const { partnershipMatrix: matrix } = await api.query(PartnershipMatrixDocument, {
      county: "Trøndelag",
      rollUpUnits: true,
    });
    expect(matrix.institutions.map((i) => i.id)).toEqual(["dmmh", "hinn", "ntnu", "nord-universitet"]);
    const fosen = matrix.rows.find((r) => r.network.id === "fosen");
    expect(fosen?.cells.map((c) => [c.institution.id, names(c.primary)])).toEqual([
      ["dmmh", ["Anne-Lise Holmvik", "Elisabeth Lehn", "Ingunn Elder", "Mari Westerhus", "Marianne Rien"]],
      ["hinn", ["Ann Gustavsen", "Mette Marit Jensen"]],
      ["ntnu", []],
      ["nord-universitet", []],
    ]);
  });

  it("filters by scheme: only Gauldalsregionen's DMMH cell is tied to Rekom", async () => {
    const { partnershipMatrix: matrix } = await api.query(PartnershipMatrixDocument, { scheme: "rekom" });
    expect(matrix.institutions.map((i) => i.id)).toEqual(["dmmh"]);
    const filled = matrix.rows.filter((r) => r.cells.some((c) => c.primary.length + c.backup.length > 0));
    expect(filled.map((r) => [r.network.name, names(r.cells[0]?.primary ?? [])])).toEqual([
      ["Gauldalsregionen", ["Berte Bjørngaard", "Hege Bergo", "Marianne Schram"]],
    ]);
  });

  it("answers an unknown scheme or county with NOT_FOUND, not an empty matrix", async () => {
    const [scheme] = await api.errors(PartnershipMatrixDocument, { scheme: "kompetanselöftet" });
    expect(scheme?.message).toBe('No scheme has the id "kompetanselöftet" (argument scheme)');
    expect(scheme?.extensions?.code).toBe("NOT_FOUND");
    const [county] = await api.errors(PartnershipMatrixDocument, { county: "Trondelag" });
    expect(county?.message).toBe('No network is in the county "Trondelag" (argument county)');
  });
});

describe("networkPartners", () => {
  it("names Trøndelag sørvest's partners, through people and through its three plans", async () => {
    const { networkPartners } = await api.query(NetworkPartnersDocument, { network: "trondelag-sorvest" });
    expect(
      networkPartners.institutions.map((p) => [
        p.institution.id,
        p.supporters.map((s) => `${s.person.name} (${s.role})`),
        p.initiatives.map((i) => i.id),
        p.schemes,
      ]),
    ).toEqual([
      [
        "dmmh",
        ["Anne-Lise Holmvik (BACKUP)", "Berte Bjørngaard (PRIMARY)", "Laila S. Flormælen (PRIMARY)"],
        ["tsv-pp-2024-25", "tsv-rekom-dmmh-2024-25"],
        ["kompetanseloftet", "rekom"],
      ],
      ["ntnu", ["Heidi Sandø (PRIMARY)", "Maria Hole-Forsmo (PRIMARY)"], [], ["kompetanseloftet"]],
      ["ntnu-skrivesenteret", [], ["tsv-sfo-2024-25"], ["kompetanseloftet"]],
      [
        "nord-universitet",
        ["Jeanett Pettersen (PRIMARY)", "Malin Elvseth (PRIMARY)"],
        ["tsv-sfo-2024-25"],
        ["kompetanseloftet"],
      ],
    ]);
  });

  it("finds Sør-Troms og Evenes' partners through its measures alone", async () => {
    const { networkPartners } = await api.query(NetworkPartnersDocument, { network: "sor-troms-og-evenes" });
    expect(
      networkPartners.institutions.map((p) => [p.institution.id, p.supporters.length, p.initiatives.length]),
    ).toEqual([
      ["snu-senteret", 0, 5],
      ["uit", 0, 4],
    ]);
  });

  it("answers an unknown network with NOT_FOUND", async () => {
    const [error] = await api.errors(NetworkPartnersDocument, { network: "atlantis" });
    expect(error?.message).toBe('No network has the id "atlantis" (argument network)');
  });
});

describe("institutionReach", () => {
  it("reaches Fosen for HINN only through its unit SEPU", async () => {
    const withUnits = await api.query(InstitutionReachDocument, { institution: "hinn" });
    expect(withUnits.institutionReach.counted.map((i) => i.id)).toEqual(["hinn", "sepu"]);
    expect(
      withUnits.institutionReach.networks.map((n) => [n.network.name, names(n.supporters.map((s) => s.person))]),
    ).toEqual([["Fosen", ["Ann Gustavsen", "Mette Marit Jensen"]]]);
    const alone = await api.query(InstitutionReachDocument, { institution: "hinn", includeUnits: false });
    expect(alone.institutionReach.networks).toEqual([]);
  });

  it("reaches four networks for NTNU, one of them through NTNU Skrivesenteret's SFO measure", async () => {
    const { institutionReach } = await api.query(InstitutionReachDocument, { institution: "ntnu" });
    expect(
      institutionReach.networks.map((n) => [n.network.name, n.supporters.length, n.initiatives.map((i) => i.id)]),
    ).toEqual([
      ["Trondheim/Malvik", 3, []],
      ["Trøndelag sørvest", 2, ["tsv-sfo-2024-25"]],
      ["Videregående skoler", 1, []],
      ["Værnes", 2, []],
    ]);
  });

  it("answers an unknown institution with NOT_FOUND", async () => {
    const [error] = await api.errors(InstitutionReachDocument, { institution: "ntnu-gjovik" });
    expect(error?.extensions?.code).toBe("NOT_FOUND");
  });
});
