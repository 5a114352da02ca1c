// Secrets never travel from a plan into the graph or into what the importer prints, in any
// layout or row (issue 12, item 3); and a plan too large to be one is refused before it is read.
import { mkdtemp, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.js";
import { ImportTooLargeError, importPlan } from "../../src/import/index.js";
import { hasSecret } from "../../src/text/secrets.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, testTarget } from "../support/database.js";
import { startProgram } from "../../src/process/program.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures", "plans");
const WHEEL = path.join(FIXTURES, "secrets-fosen-rekom-2025-26.txt");
const MEASURES = path.join(FIXTURES, "secrets-fosen-tiltak-2025-26.txt");
const GAULDAL = path.join(FIXTURES, "gauldal-dekom-2025-26.txt");

/** Every secret the two fixtures hold: codes as written, and numbers in any grouping of their digits. */
const CODES = [
  "Hvem9Q",
  "fRLixB",
  "Zx81Pq",
  "Kq2wEr",
  "Tr8mNb",
  "Hk7pQz",
  "Xy7kLm",
  "Stray5Zt",
  "Qw9xZt",
  "Cont1nue",
  "4321",
  "771 902",
];
const NUMBERS = [
  "345678901234",
  "387681127533",
  "81234567890",
  "298765432109",
  "412555901777",
  "555666777888",
  "123456789",
  "998877665",
  "312456789012",
];
const LINKS = ["teams.microsoft.com", "meetup-join", "zoom.us"];

function leaks(text: string): string[] {
  const digits = text.replace(/\D+/g, " ");
  return [
    ...CODES.filter((code) => text.includes(code)),
    ...NUMBERS.filter(
      (n) => new RegExp(n.split("").join("\\D{0,8}")).test(text) || digits.replace(/ /g, "").includes(n),
    ),
    ...LINKS.filter((link) => text.includes(link)),
  ];
}

const strings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === "object"
        ? Object.values(value).flatMap(strings)
        : [];

describe("secrets in plans", () => {
  const graph = useSeededGraph();
  const database = () => testTarget().database;
  const dryRun = (file: string) => importPlan(graph.driver, database(), file, { dryRun: true });

  it("leave every text of an årshjul: cells, the Hvem and Ansvar rows, a stray line; its meetings are still read", async () => {
    const { plan } = await dryRun(WHEEL);
    expect(leaks(JSON.stringify(plan))).toEqual([]);
    expect(strings(plan).filter(hasSecret)).toEqual([]);
    expect(plan.forums.map((f) => f.who)).toEqual(["Styrere og UH.", "Alle styrere"]);
    expect(plan.forums[0]?.purpose).toEqual(["Koordinering av samarbeidet."]);
    expect(plan.meetings.map((m) => [m.date, m.startTime, m.online ?? null, m.place ?? null])).toEqual([
      ["2025-09-10", "12:00", "teams", null],
      ["2025-09-24", "09:00", null, "Rissa"],
      ["2025-10-08", "12:00", "teams", null],
      ["2025-11-05", "12:00", "teams", null],
      ["2025-11-19", "09:00", null, "Bjugn"],
      ["2025-12-03", "12:00", "teams", null],
      ["2026-01-14", "12:00", "teams", null],
      ["2026-02-11", "09:00", null, "Rissa"],
    ]);
    expect(plan.meetings.find((m) => m.date === "2025-11-19")?.text).toBe(
      "19. november kl 9-15 Regional samling i Bjugn.",
    );
    const secretsAt = plan.findings.filter((f) => f.kind === "secret").map((f) => f.where);
    expect(secretsAt).toEqual(
      expect.arrayContaining([
        "Årshjul, hodetabellen, rad Hvem, kolonne Regional arbeidsgruppe",
        "Årshjul, hodetabellen, rad Ansvar/rolle/hensikt/form, kolonne Regional arbeidsgruppe",
        "Årshjul 2025, rad Sept, kolonne Regional arbeidsgruppe",
        "Årshjul 2026, rad Feb, kolonne Regionale samlinger",
      ]),
    );
    expect(plan.findings.find((f) => f.kind === "skipped" && f.line === 18)?.text).toBe(
      "Et løsrevet notat fra møtet: og",
    );
  });

  it("leave every cell of a table of measures, and the page header that echoes one", async () => {
    const { plan } = await dryRun(MEASURES);
    expect(leaks(JSON.stringify(plan))).toEqual([]);
    expect(strings(plan).filter(hasSecret)).toEqual([]);
    expect(plan.initiatives.map((i) => [i.id, i.how, i.audience, i.responsible])).toEqual([
      ["fosen-tiltak-1", "Digitale samlinger på Teams.", "Alle ansatte i barnehage", "NTNU"],
      ["fosen-tiltak-2", "og fortsetter digitalt.", "Styrere.", "NTNU"],
    ]);
    expect(plan.findings.filter((f) => f.kind === "secret").map((f) => f.line)).toEqual([5, 6, 8]);
  });

  it("never reach the graph when the plans are written", async () => {
    for (const file of [WHEEL, MEASURES]) expect((await importPlan(graph.driver, database(), file)).written).toBe(true);
    const { records } = await graph.driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH 'rekom-fosen' OR n.id STARTS WITH 'fosen-tiltak' OR n:DataQualityNote
       RETURN n.id AS id, [k IN keys(n) | n[k]] AS values`,
      {},
      { database: database() },
    );
    expect(records.length).toBeGreaterThan(10);
    const texts = records.flatMap((r) => strings(r.get("values")));
    expect(leaks(texts.join("\n"))).toEqual([]);
    expect(texts.filter(hasSecret)).toEqual([]);
  });

  it("never reach a line the importer prints, in a dry run or an error", async () => {
    const target = testTarget();
    const env = { NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password };
    for (const file of [WHEEL, MEASURES]) {
      const run = startProgram(env, ["src/import/cli.ts", file, "--dry-run"]);
      const { code } = await run.exited;
      expect([code, run.output()]).toEqual([0, expect.stringContaining("Dry run:")]);
      expect(run.output()).toContain("secret: linje");
      expect(leaks(run.output())).toEqual([]);
      expect(run.output().split("\n").filter(hasSecret)).toEqual([]);
    }
    const dir = await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-import-"));
    const notAPlan = path.join(dir, "notat.txt");
    await writeFile(notAPlan, "Passord: fRLixB Møte-ID: 387 681 127 533\n\nBare et notat.\n");
    const run = startProgram(env, ["src/import/cli.ts", notAPlan]);
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toContain("unknown plan layout");
    expect(leaks(run.output())).toEqual([]);
  });
});

describe("the importer's bounds", () => {
  const graph = useSeededGraph();
  const database = () => testTarget().database;

  it("refuses a 60 MB file at once, before reading it, and writes nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-import-"));
    const file = path.join(dir, "enorm-plan.txt");
    await writeFile(file, "");
    await truncate(file, 60 * 1024 * 1024);
    const before = await countGraph(graph.driver);
    const started = Date.now();
    const refused = importPlan(graph.driver, database(), file);
    await expect(refused).rejects.toThrow(ImportTooLargeError);
    await expect(refused).rejects.toThrow(
      "enorm-plan.txt is 60.0 MB; the importer reads plans of at most 2.0 MB (IMPORT_MAX_BYTES; a plan's text is usually 3–40 kB). Nothing was imported.",
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("takes its limits from IMPORT_MAX_BYTES and IMPORT_MAX_RECORDS", async () => {
    const before = await countGraph(graph.driver);
    await expect(importPlan(graph.driver, database(), GAULDAL, { limits: { maxBytes: 1000 } })).rejects.toThrow(
      /^gauldal-dekom-2025-26\.txt is \d+ kB; the importer reads plans of at most 1 kB \(IMPORT_MAX_BYTES/,
    );
    await expect(importPlan(graph.driver, database(), GAULDAL, { limits: { maxRecords: 10 } })).rejects.toThrow(
      "gauldal-dekom-2025-26.txt would propose 17 records (12 meetings, 4 forums, 1 initiative); one import proposes at most 10 (IMPORT_MAX_RECORDS). Nothing was imported.",
    );
    expect(await countGraph(graph.driver)).toEqual(before);
    expect(loadConfig({}).import).toEqual({ maxBytes: 2 * 1024 * 1024, maxRecords: 2000 });
    expect(loadConfig({ IMPORT_MAX_BYTES: "65536", IMPORT_MAX_RECORDS: "50" }).import).toEqual({
      maxBytes: 65536,
      maxRecords: 50,
    });
    expect(() => loadConfig({ IMPORT_MAX_BYTES: "lots" })).toThrow(
      new ConfigError('Invalid configuration: IMPORT_MAX_BYTES="lots": expected a whole number from 1 to 1073741824'),
    );
    const target = testTarget();
    const run = startProgram({ NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password, IMPORT_MAX_BYTES: "1000" }, [
      "src/import/cli.ts",
      GAULDAL,
      "--dry-run",
    ]);
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toMatch(
      /gauldal-dekom-2025-26\.txt is \d+ kB; the importer reads plans of at most 1 kB \(IMPORT_MAX_BYTES/,
    );
  });
});
