// Importing the membership and partnership spreadsheets into the seeded graph. The expected
// answers are worked out by hand: memberships from the fixtures (scripts/spreadsheets.ts) and
// the national register; coverage from the seeded plans (the TSV plans 000, 001, 003 name the
// municipalities their measures reach; Sør-Troms og Evenes' tiltak 1–9 (002) are Kompetanseløftet
// measures naming none); supports from Vedlegg 5 of 004 (54 records, seeds/partnerships.yaml).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { CoverageMapDocument, UncoveredMunicipalitiesDocument } from "../../src/generated/operations.js";
import { importSpreadsheet } from "../../src/import/spreadsheets/index.js";
import type { SheetChange } from "../../src/import/spreadsheets/changes.js";
import { hasSecret } from "../../src/text/secrets.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, seedGraph, testTarget } from "../support/database.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures", "spreadsheets");
const api = useSeededGraph();
const database = () => testTarget().database;
const load = async (name: string) => ({ name, bytes: await readFile(path.join(FIXTURES, name)) });
const run = async (name: string, dryRun = false) =>
  importSpreadsheet(api.driver, database(), await load(name), { dryRun });
const reseed = () => seedGraph(api.driver);
const pending = (changes: SheetChange[]) => changes.filter((c) => c.action !== "unchanged");

// Tests that write start from the seeded graph.
beforeEach(reseed);

async function membership(network: string) {
  const { records } = await api.driver.executeQuery(
    `MATCH (n:Network {id: $network})
     RETURN n.membershipStatus AS status, n.membershipSources AS sources, n.membershipSource AS basis,
            COLLECT { MATCH (n)-[:HAS_MEMBER]->(m) RETURN m.id ORDER BY m.id } AS members`,
    { network },
    { database: database() },
  );
  return records[0]?.toObject();
}

const FOSEN = ["afjord", "indre-fosen", "orland", "osen"];
const SOR_TROMS = ["dielddanuorri-tjeldsund", "evenes-evenassi", "harstad-harsttak", "ibestad", "kvaefjord"];

describe("a membership spreadsheet for two networks", () => {
  it("turns Fosen's and Sør-Troms og Evenes' membership from unknown into listed, with the file as source", async () => {
    expect((await membership("fosen"))?.status).toBe("UNKNOWN");
    const result = await run("medlemskap-to-nettverk.xlsx");
    expect([result.table, result.sheet, result.written]).toEqual(["membership", "Medlemmer", true]);
    expect(result.findings.filter((f) => f.kind !== "skipped")).toEqual([]);
    expect(await membership("fosen")).toEqual({
      status: "LISTED",
      members: FOSEN,
      basis: "Listet i medlemskap-to-nettverk.xlsx (ark «Medlemmer»): 4 kommuner, importert fra regnearket.",
      sources: ["medlemskap-to-nettverk.xlsx: ark «Medlemmer», rader 4–7"],
    });
    expect(await membership("sor-troms-og-evenes")).toMatchObject({
      status: "LISTED",
      members: SOR_TROMS,
      sources: ["medlemskap-to-nettverk.xlsx: ark «Medlemmer», rader 8–12"],
    });
    // Every other network is as seeded.
    expect(await membership("trondelag-sorvest")).toMatchObject({
      status: "INFERRED",
      members: ["froya", "heim", "hitra", "orkland", "rindal", "skaun"],
    });
  });

  it("changes the coverage analyses: Fosen's members are not recorded, Sør-Troms og Evenes' are gaps", async () => {
    const counts = async (county: string) => {
      const { coverageMap } = await api.query(CoverageMapDocument, { scheme: "kompetanseloftet", county });
      const [c] = coverageMap.counties;
      return [c?.covered, c?.gap, c?.notRecorded, c?.unknown, c?.municipalities];
    };
    // Before: Trøndelag has TSV's five covered and Rindal a gap; Troms and Evenes no known network.
    expect(await counts("Trøndelag")).toEqual([5, 1, 0, 32, 38]);
    expect(await counts("Troms")).toEqual([0, 0, 0, 21, 21]);
    const before = await api.query(UncoveredMunicipalitiesDocument, {
      network: "sor-troms-og-evenes",
      scheme: "kompetanseloftet",
    });
    expect([before.uncoveredMunicipalities.membershipStatus, before.uncoveredMunicipalities.municipalities]).toEqual([
      "UNKNOWN",
      null,
    ]);

    await run("medlemskap-to-nettverk.xlsx");

    // No Kompetanseløftet measure is recorded for Fosen: its four are NOT_RECORDED, no longer UNKNOWN.
    expect(await counts("Trøndelag")).toEqual([5, 1, 4, 28, 38]);
    // Kompetanseløftet is recorded for Sør-Troms og Evenes (tiltak 1–9) and names none of them: gaps.
    expect(await counts("Troms")).toEqual([0, 4, 0, 17, 21]);
    const { coverageMap } = await api.query(CoverageMapDocument, { scheme: "kompetanseloftet", county: "Nordland" });
    const evenes = coverageMap.municipalities.find((m) => m.number === "1853");
    expect([evenes?.status, evenes?.networks.map((n) => [n.network.id, n.membershipStatus])]).toEqual([
      "GAP",
      [["sor-troms-og-evenes", "LISTED"]],
    ]);
    const trondelag = await api.query(CoverageMapDocument, { scheme: "kompetanseloftet", county: "Trøndelag" });
    expect(
      trondelag.coverageMap.municipalities
        .filter((m) => m.status === "NOT_RECORDED")
        .map((m) => m.name)
        .sort((a, b) => a.localeCompare(b, "nb")),
    ).toEqual(["Indre Fosen", "Osen", "Ørland", "Åfjord"]);
    const after = await api.query(UncoveredMunicipalitiesDocument, {
      network: "sor-troms-og-evenes",
      scheme: "kompetanseloftet",
    });
    expect(after.uncoveredMunicipalities.membershipStatus).toBe("LISTED");
    expect(after.uncoveredMunicipalities.municipalities?.map((m) => m.name)).toEqual([
      "Dielddanuorri - Tjeldsund",
      "Evenes - Evenášši",
      "Harstad - Hárstták",
      "Ibestad",
      "Kvæfjord",
    ]);
    const fosen = await api.query(UncoveredMunicipalitiesDocument, { network: "fosen", scheme: "kompetanseloftet" });
    expect([
      fosen.uncoveredMunicipalities.membershipStatus,
      fosen.uncoveredMunicipalities.schemeRecorded,
      fosen.uncoveredMunicipalities.municipalities,
    ]).toEqual(["LISTED", false, null]);
  });

  it("changes nothing when imported twice", async () => {
    await run("medlemskap-to-nettverk.xlsx");
    const size = await countGraph(api.driver);
    const again = await run("medlemskap-to-nettverk.xlsx");
    expect([again.written, pending(again.changes)]).toEqual([false, []]);
    expect(await countGraph(api.driver)).toEqual(size);
  });

  it("gives the same diff from the .csv and the .xlsx of the same table, and a dry run writes nothing", async () => {
    const size = await countGraph(api.driver);
    const xlsx = await run("medlemskap-to-nettverk.xlsx", true);
    const csv = await run("medlemskap-to-nettverk.csv", true);
    expect(await countGraph(api.driver)).toEqual(size);
    expect((await membership("fosen"))?.status).toBe("UNKNOWN");
    // Only the source differs: the file's name and sheet.
    const members = (r: typeof xlsx) =>
      r.changes.map((c) => c.kind === "membership" && [c.network, c.added, c.removed]);
    expect(members(csv)).toEqual(members(xlsx));
    expect(members(xlsx)).toEqual([
      ["fosen", ["indre-fosen", "orland", "afjord", "osen"], []],
      [
        "sor-troms-og-evenes",
        ["harstad-harsttak", "kvaefjord", "dielddanuorri-tjeldsund", "ibestad", "evenes-evenassi"],
        [],
      ],
    ]);
  });

  it("sets the list exactly: a member the list leaves out is removed, and the diff says so", async () => {
    const bytes = Buffer.from("Nettverk;Kommune\r\nTSV;Frøya\r\nTSV;Heim\r\nTSV;Hitra\r\nTSV;Orkland\r\nTSV;Skaun\r\n");
    const result = await importSpreadsheet(api.driver, database(), { name: "tsv.csv", bytes });
    const [change] = result.changes;
    expect(change?.kind === "membership" && [change.added, change.removed]).toEqual([[], ["rindal"]]);
    expect(await membership("trondelag-sorvest")).toMatchObject({
      status: "LISTED",
      members: ["froya", "heim", "hitra", "orkland", "skaun"],
      sources: ["tsv.csv: rader 2–6"],
    });
  });

  it("reports an unknown municipality, creates nothing, and leaves that network as it is; proposes corrections as notes", async () => {
    const result = await run("medlemskap-rettelser.csv");
    const unknown = result.findings.filter((f) => f.kind === "unknown");
    expect(unknown.map((f) => [f.where, f.text])).toEqual([["rad 6", "Fosnes"]]);
    expect(await membership("fosen")).toMatchObject({ status: "UNKNOWN", members: [] });
    // The register's 357 municipalities, and nothing named Fosnes (merged into Namsos in 2020).
    const municipalities = await api.driver.executeQuery(
      "MATCH (m:Municipality) RETURN toString(count(m)) AS n, toString(count(CASE WHEN 'Fosnes' IN m.names THEN 1 END)) AS fosnes",
      {},
      { database: database() },
    );
    expect(municipalities.records[0]?.toObject()).toEqual({ n: "357", fosnes: "0" });
    // Gauldalsregionen: "Midtre-Gaulda" is no name, 5027 is Midtre Gauldal; 5082 is no number, Melhus is 5028.
    expect(await membership("gauldalsregionen")).toMatchObject({
      status: "LISTED",
      members: ["holtalen", "melhus", "midtre-gauldal"],
    });
    const { records } = await api.driver.executeQuery(
      `MATCH (n:DataQualityNote {subjectType: 'Network', subjectId: 'gauldalsregionen'})
       RETURN n.field AS field, n.original AS original, n.corrected AS corrected ORDER BY n.field`,
      {},
      { database: database() },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { field: "Kommune", original: "Midtre-Gaulda", corrected: "Midtre Gauldal" },
      { field: "Kommunenummer", original: "5082", corrected: "5028" },
    ]);
    expect(pending((await run("medlemskap-rettelser.csv")).changes)).toEqual([]);
  });
});

describe("a partnership table", () => {
  it("changes nothing when it is the seeded Vedlegg 5, from .xlsx or .csv", async () => {
    for (const file of ["partnerskap-vedlegg-5.xlsx", "partnerskap-vedlegg-5.csv"]) {
      const result = await run(file, true);
      expect([file, result.table, pending(result.changes), result.findings]).toEqual([file, "partnerships", [], []]);
      expect(result.changes).toHaveLength(54);
    }
  });

  it("shows exactly a changed backup, the same from .xlsx and .csv, and writes it", async () => {
    const shown = (changes: SheetChange[]) =>
      pending(changes).map(
        (c) => c.kind === "support" && [c.action, c.support.person, c.support.network, c.support.role],
      );
    const csv = await run("partnerskap-ny-reserve.csv", true);
    const xlsx = await run("partnerskap-ny-reserve.xlsx");
    const expected = [
      ["create", "berte-bjorngaard", "ytre-namdal", "BACKUP"],
      ["remove", "anne-lise-holmvik", "ytre-namdal", "BACKUP"],
    ];
    expect(shown(csv.changes)).toEqual(expected);
    expect(shown(xlsx.changes)).toEqual(expected);
    const { records } = await api.driver.executeQuery(
      `MATCH (p:Person)-[s:SUPPORTS]->(:Network {id: 'ytre-namdal'})
       RETURN p.id AS person, s.role AS role, s.institution AS institution, s.schemes AS schemes ORDER BY p.id`,
      {},
      { database: database() },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { person: "anita-vangstad", role: "PRIMARY", institution: "dmmh", schemes: ["kompetanseloftet"] },
      { person: "berte-bjorngaard", role: "BACKUP", institution: "dmmh", schemes: ["kompetanseloftet"] },
      { person: "lars-h-wettre", role: "PRIMARY", institution: "dmmh", schemes: ["kompetanseloftet"] },
    ]);
    expect(pending((await run("partnerskap-ny-reserve.xlsx")).changes)).toEqual([]);
  });

  it("never imports a Teams link, meeting ID or passcode, and reports that it left them out", async () => {
    const result = await run("partnerskap-hemmeligheter.xlsx");
    expect(pending(result.changes)).toEqual([]);
    // Only the secrets are noticed: what is left of a cell ("Teams-møte:") is not taken for a name.
    expect(result.findings.map((f) => f.kind)).toEqual(["secret", "secret"]);
    expect(result.findings.map((f) => f.where)).toEqual([
      "ark «Partnerskap», rad 2, kolonne 2",
      "ark «Partnerskap», rad 3, kolonne 3",
    ]);
    const text = JSON.stringify(result);
    expect(hasSecret(text)).toBe(false);
    expect(text).not.toMatch(/387 681 127 533|Hk7pQz|meeting_/);
    const { records } = await api.driver.executeQuery(
      "MATCH ()-[s:SUPPORTS]->() RETURN collect(coalesce(s.note, '') + ' ' + s.source) AS texts",
      {},
      { database: database() },
    );
    expect(hasSecret(JSON.stringify(records[0]?.get("texts")))).toBe(false);
  });

  it("reports an unknown person and institution, creates neither, and leaves their cell as it is", async () => {
    const bytes = Buffer.from(
      "Nettverk;DMMH;UiO\r\nYtre Namdal;Lars H. Wettre, Kari Nordmann (Anne-Lise Holmvik);Ola Nordmann\r\n",
    );
    const size = await countGraph(api.driver);
    const result = await importSpreadsheet(api.driver, database(), { name: "p.csv", bytes });
    expect(result.findings.map((f) => [f.kind, f.where, f.text])).toEqual([
      ["unknown", "rad 1, kolonne «UiO»", "UiO"],
      ["unknown", "rad 2, kolonne «DMMH»", "Kari Nordmann"],
      ["skipped", "rad 2, kolonne «DMMH»", ""],
    ]);
    expect(pending(result.changes)).toEqual([]);
    expect(await countGraph(api.driver)).toEqual(size);
  });
});
