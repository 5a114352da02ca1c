// POST /import with a spreadsheet: a membership table uploaded like a plan gives the same
// preview, commit and refusals. The expected answers are worked out by hand from the
// fixtures (scripts/spreadsheets.ts writes them) and the seeded graph: every Trøndelag network
// but Trøndelag sørvest, and Region Sør-Troms og Evenes, have an UNKNOWN membership (seeds/networks.yaml);
// Kompetanseløftet is recorded for Sør-Troms og Evenes (tiltak 1–9 of 002, naming no
// municipality) and for none of Fosen's or Gauldalsregionen's members.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readGraphVersion } from "../../src/db/graph-version.js";
import { CoverageMapDocument, UncoveredMunicipalitiesDocument } from "../../src/generated/operations.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, seedGraph, testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { bearer, TEST_JWT_SECRET } from "../support/tokens.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures", "spreadsheets");

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route's JSON, checked field by field
  body: any;
}

const api = useSeededGraph();
const service = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });
const origin = () => service.url().replace(/\/graphql$/, "");
const database = () => testTarget().database;

const reseed = () => seedGraph(api.driver);

async function upload(name: string, bytes: Buffer | string, headers: Record<string, string>): Promise<Answer> {
  const form = new FormData();
  form.append("file", new Blob([bytes]), name);
  const response = await fetch(`${origin()}/import`, { method: "POST", body: form, headers });
  return { status: response.status, body: await response.json() };
}

async function commit(preview: { id: string; fingerprint: string }, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${origin()}/import/${preview.id}/commit`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ fingerprint: preview.fingerprint }),
  });
  return { status: response.status, body: await response.json() };
}

const fixture = (name: string) => readFile(path.join(FIXTURES, name));
const version = () => readGraphVersion(api.driver, database());

async function membership(network: string) {
  const { records } = await api.driver.executeQuery(
    `MATCH (n:Network {id: $network})
     RETURN n.membershipStatus AS status, n.membershipSources AS sources,
            COLLECT { MATCH (n)-[:HAS_MEMBER]->(m) RETURN m.id ORDER BY m.id } AS members`,
    { network },
    { database: database() },
  );
  return records[0]?.toObject();
}

const coverageCounts = async (county: string) => {
  const { coverageMap } = await api.query(CoverageMapDocument, { scheme: "kompetanseloftet", county });
  const [c] = coverageMap.counties;
  return { covered: c?.covered, gap: c?.gap, notRecorded: c?.notRecorded, unknown: c?.unknown };
};

/** uncoveredMunicipalities over HTTP, through the service's response cache. */
const uncoveredOverHttp = async (network: string) => {
  const { body } = await service.post({
    query: `query ($network: ID!) { uncoveredMunicipalities(network: $network, scheme: "kompetanseloftet") { membershipStatus municipalities { name } } }`,
    variables: { network },
  });
  return body.data.uncoveredMunicipalities;
};

describe("a membership workbook (.xlsx) through POST /import", () => {
  it("previews the two networks' lists with their sheet and rows, and writes nothing", async () => {
    const size = await countGraph(api.driver);
    const before = await version();
    const { status, body } = await upload("medlemskap-to-nettverk.xlsx", await fixture("medlemskap-to-nettverk.xlsx"), {
      ...(await bearer()),
    });
    expect(status).toBe(200);
    expect(await countGraph(api.driver)).toEqual(size);
    expect(await version()).toEqual(before);
    expect([body.kind, body.document]).toEqual([
      "spreadsheet",
      {
        name: "medlemskap-to-nettverk.xlsx",
        table: "membership",
        sheet: "Medlemmer",
        networks: [
          { id: "fosen", name: "Fosen" },
          { id: "sor-troms-og-evenes", name: "Region Sør-Troms og Evenes" },
        ],
      },
    ]);
    expect(body.counts).toEqual({
      create: 0,
      update: 2,
      link: 0,
      remove: 0,
      unchanged: 0,
      findings: { skipped: 1 },
    });
    // Sheet «Medlemmer»: a title in row 1, the header in row 3, Fosen in rows 4–7 (merged down), Sør-Troms in 8–12.
    const names = (refs: { name: string }[]) => refs.map((r) => r.name);
    expect(
      body.changes.map((c: { added: { name: string }[] } & Record<string, unknown>) => [
        c.type,
        c.action,
        c.id,
        c.statusBefore,
        names(c.added),
        c.removed,
        c.source,
      ]),
    ).toEqual([
      [
        "membership",
        "update",
        "fosen",
        "UNKNOWN",
        ["Indre Fosen", "Ørland", "Åfjord", "Osen"],
        [],
        "medlemskap-to-nettverk.xlsx: ark «Medlemmer», rader 4–7",
      ],
      [
        "membership",
        "update",
        "sor-troms-og-evenes",
        "UNKNOWN",
        ["Harstad - Hárstták", "Kvæfjord", "Dielddanuorri - Tjeldsund", "Ibestad", "Evenes - Evenášši"],
        [],
        "medlemskap-to-nettverk.xlsx: ark «Medlemmer», rader 8–12",
      ],
    ]);
    // The instructions sheet is reported, by its name, as not read.
    expect(body.findings).toEqual([
      { kind: "skipped", where: "ark «Les meg»", location: { sheet: "Les meg" }, text: "", message: "ikke lest" },
    ]);
    expect(body.preview.fingerprint).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it("commits the lists, moves the graph's version, and the coverage analyses change; an older preview is then stale (409)", async () => {
    const editor = await bearer();
    const bytes = await fixture("medlemskap-to-nettverk.xlsx");
    const first = await upload("medlemskap-to-nettverk.xlsx", bytes, editor);
    const second = await upload("medlemskap-to-nettverk.xlsx", bytes, editor);
    expect(second.body.preview.fingerprint).toBe(first.body.preview.fingerprint);

    // Asked before the commit, so that its answer is in the service's response cache.
    expect(await uncoveredOverHttp("sor-troms-og-evenes")).toEqual({
      membershipStatus: "UNKNOWN",
      municipalities: null,
    });
    expect(await coverageCounts("Troms")).toEqual({ covered: 0, gap: 0, notRecorded: 0, unknown: 21 });
    const before = await version();

    const written = await commit(second.body.preview, editor);
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ kind: "spreadsheet", written: true, counts: { update: 2, unchanged: 0 } });
    const after = await version();
    expect([after.epoch, after.number]).toEqual([before.epoch, before.number + 1]);
    expect(await membership("fosen")).toEqual({
      status: "LISTED",
      members: ["afjord", "indre-fosen", "orland", "osen"],
      sources: ["medlemskap-to-nettverk.xlsx: ark «Medlemmer», rader 4–7"],
    });
    // Kompetanseløftet is recorded for the region and names none of its members: all five are gaps now.
    expect(await uncoveredOverHttp("sor-troms-og-evenes")).toEqual({
      membershipStatus: "LISTED",
      municipalities: [
        { name: "Dielddanuorri - Tjeldsund" },
        { name: "Evenes - Evenášši" },
        { name: "Harstad - Hárstták" },
        { name: "Ibestad" },
        { name: "Kvæfjord" },
      ],
    });
    // Four of them lie in Troms (Evenes in Nordland); Fosen's four are members with no measure recorded.
    expect(await coverageCounts("Troms")).toEqual({ covered: 0, gap: 4, notRecorded: 0, unknown: 17 });
    expect(await coverageCounts("Trøndelag")).toEqual({ covered: 5, gap: 1, notRecorded: 4, unknown: 28 });

    const size = await countGraph(api.driver);
    const stale = await commit(first.body.preview, editor);
    expect([stale.status, stale.body.error.code]).toEqual([409, "CONFLICT"]);
    expect(await countGraph(api.driver)).toEqual(size);
    expect(await version()).toEqual(after);

    const again = await upload("medlemskap-to-nettverk.xlsx", bytes, editor);
    expect(again.body.counts).toMatchObject({ update: 0, unchanged: 2 });
  });
});

describe("a membership table (.csv) through POST /import", () => {
  beforeAll(reseed);

  it("previews corrections as notes and an unknown municipality by row; commits; Gauldalsregionen's members are then not recorded", async () => {
    const editor = await bearer();
    const bytes = await fixture("medlemskap-rettelser.csv");
    const size = await countGraph(api.driver);
    const preview = await upload("medlemskap-rettelser.csv", bytes, editor);
    expect(preview.status).toBe(200);
    expect(await countGraph(api.driver)).toEqual(size);
    const { body } = preview;
    expect(body.document).toEqual({
      name: "medlemskap-rettelser.csv",
      table: "membership",
      sheet: null,
      networks: [{ id: "gauldalsregionen", name: "Gauldalsregionen" }],
    });
    // Rows 2–4 are Gauldalsregionen's: «Midtre-Gaulda» is no name (5027 is Midtre Gauldal), 5082 is no
    // number (Melhus is 5028). Fosen's row 6, «Fosnes», was merged into Namsos in 2020: Fosen is left as it is.
    const [listed, ...notes] = body.changes;
    expect(listed).toMatchObject({
      type: "membership",
      action: "update",
      network: { id: "gauldalsregionen", name: "Gauldalsregionen" },
      statusBefore: "UNKNOWN",
      added: [
        { id: "holtalen", name: "Holtålen" },
        { id: "midtre-gauldal", name: "Midtre Gauldal" },
        { id: "melhus", name: "Melhus" },
      ],
      removed: [],
      source: "medlemskap-rettelser.csv: rader 2–4",
    });
    expect(
      notes.map((n: Record<string, string>) => [n.type, n.action, n.field, n.original, n.corrected, n.source]),
    ).toEqual([
      ["note", "create", "Kommune", "Midtre-Gaulda", "Midtre Gauldal", "medlemskap-rettelser.csv: rad 3"],
      ["note", "create", "Kommunenummer", "5082", "5028", "medlemskap-rettelser.csv: rad 4"],
    ]);
    expect(body.findings.map((f: Record<string, unknown>) => [f.kind, f.where, f.location, f.text])).toEqual([
      ["corrected", "rad 3", { row: 3 }, "Midtre-Gaulda 5027"],
      ["corrected", "rad 4", { row: 4 }, "Melhus 5082"],
      ["unknown", "rad 6", { row: 6 }, "Fosnes"],
      ["skipped", "hele filen", {}, ""],
    ]);
    expect(body.counts).toEqual({
      create: 2,
      update: 1,
      link: 0,
      remove: 0,
      unchanged: 0,
      findings: { corrected: 2, unknown: 1, skipped: 1 },
    });

    expect(await coverageCounts("Trøndelag")).toEqual({ covered: 5, gap: 1, notRecorded: 0, unknown: 32 });
    const written = await commit(body.preview, editor);
    expect(written.body).toMatchObject({ written: true, counts: { create: 2, update: 1 } });
    expect(await membership("gauldalsregionen")).toEqual({
      status: "LISTED",
      members: ["holtalen", "melhus", "midtre-gauldal"],
      sources: ["medlemskap-rettelser.csv: rader 2–4"],
    });
    expect(await membership("fosen")).toMatchObject({ status: "UNKNOWN", members: [] });
    // No Kompetanseløftet measure is recorded for Gauldalsregionen: its three are not recorded, no longer unknown.
    expect(await coverageCounts("Trøndelag")).toEqual({ covered: 5, gap: 1, notRecorded: 3, unknown: 29 });
    const gauldal = await api.query(UncoveredMunicipalitiesDocument, {
      network: "gauldalsregionen",
      scheme: "kompetanseloftet",
    });
    expect([
      gauldal.uncoveredMunicipalities.membershipStatus,
      gauldal.uncoveredMunicipalities.schemeRecorded,
      gauldal.uncoveredMunicipalities.municipalities,
    ]).toEqual(["LISTED", false, null]);
  });

  it("sets a list exactly: a member left out is removed; a mutation after the preview makes it stale (409), and nothing is written", async () => {
    const editor = await bearer();
    const csv = "Nettverk;Kommune\r\nTSV;Frøya\r\nTSV;Heim\r\nTSV;Hitra\r\nTSV;Orkland\r\nTSV;Skaun\r\n";
    const preview = await upload("tsv.csv", csv, editor);
    expect(preview.body.changes).toEqual([
      expect.objectContaining({
        type: "membership",
        action: "update",
        statusBefore: "INFERRED",
        added: [],
        removed: [{ id: "rindal", name: "Rindal" }],
        source: "tsv.csv: rader 2–6",
      }),
    ]);
    // An editor marks the membership as listed in the meantime: the preview's diff no longer holds.
    const changed = await service.post(
      {
        query: `mutation { updateNetworks(where: { id: { eq: "trondelag-sorvest" } }, update: { membershipStatus: { set: LISTED } }) { networks { id } } }`,
      },
      editor,
    );
    expect(changed.body.data.updateNetworks.networks).toEqual([{ id: "trondelag-sorvest" }]);
    const size = await countGraph(api.driver);
    const stale = await commit(preview.body.preview, editor);
    expect([stale.status, stale.body.error.code]).toEqual([409, "CONFLICT"]);
    expect(await countGraph(api.driver)).toEqual(size);
    expect(await membership("trondelag-sorvest")).toMatchObject({
      status: "LISTED",
      members: ["froya", "heim", "hitra", "orkland", "rindal", "skaun"],
    });

    const fresh = await upload("tsv.csv", csv, editor);
    expect((await commit(fresh.body.preview, editor)).body.written).toBe(true);
    expect(await membership("trondelag-sorvest")).toMatchObject({
      status: "LISTED",
      members: ["froya", "heim", "hitra", "orkland", "skaun"],
    });
  });

  it("refuses a table of no known header (422), and a Windows-1252 text that is no table (415); reads a Windows-1252 table", async () => {
    const editor = await bearer();
    const size = await countGraph(api.driver);
    const colours = await upload("farger.csv", "Nettverk;Farge\r\nFosen;blå\r\n", editor);
    expect([colours.status, colours.body.error.code]).toEqual([422, "UNREADABLE_SPREADSHEET"]);
    expect(colours.body.error.message).toMatch(
      /^farger\.csv: found no membership table .*row 1 has «Nettverk» but neither «Kommune» nor «Kommunenummer»/,
    );
    const latin1 = await upload("medlemmer.csv", Buffer.from("Navn;Kommune\r\nFosen;Åfjord\r\n", "latin1"), editor);
    expect([latin1.status, latin1.body.error.code]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
    // Windows-1252 with the «Nettverk» header is a table, as Excel saves it.
    const cp1252 = await upload("medlemmer.csv", Buffer.from("Nettverk;Kommune\r\nFosen;Åfjord\r\n", "latin1"), editor);
    expect(cp1252.body.changes.map((c: { added: { name: string }[] }) => c.added)).toEqual([
      [{ id: "afjord", name: "Åfjord" }],
    ]);
    expect(await countGraph(api.driver)).toEqual(size);
  });
});
