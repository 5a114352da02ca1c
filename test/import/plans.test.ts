import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { projectRoot } from "../../src/config/index.js";
import { importPlan } from "../../src/import/index.js";
import { MEETING_PROPERTIES } from "../../src/import/owned-facts.js";
import { UnknownLayoutError } from "../../src/import/report.js";
import { readSeeds } from "../../src/seed/read.js";
import { seedDir } from "../../src/seed/index.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, testTarget } from "../support/database.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures", "plans");
// The repository's copies of the source documents, so that the test runs on any clone.
const SOURCES = path.join(projectRoot, "seeds", "sources");
const plans = [
  { document: "000_3a8ae5ecd7901ed4.txt", initiative: "tsv-pp-2024-25" },
  { document: "001_bc935cdedb893b1e.txt", initiative: "tsv-rekom-dmmh-2024-25" },
  { document: "003_f5ccc106f6e629d1.txt", initiative: "tsv-sfo-2024-25" },
] as const;
// Not an årshjul entry: a June 2024 gathering the PP plan only refers to (see seeds/plans/tsv-pp-2024-25.yaml).
const REFERENCED_ONLY = "tsv-pp-2024-25-regionale-samlinger-2024-06-17";
// The meeting facts a plan states (src/import/owned-facts.ts).
const FACTS = MEETING_PROPERTIES;

describe("importing plan documents", () => {
  const graph = useSeededGraph();
  const database = () => testTarget().database;
  const dryRun = (file: string) => importPlan(graph.driver, database(), file, { dryRun: true });

  describe.each(plans)("the årshjul $document", ({ document, initiative }) => {
    it("reads the meetings, forums and initiative of the reviewed records in seeds/", async () => {
      const seeds = await readSeeds(seedDir);
      const { plan, changes } = await dryRun(path.join(SOURCES, document));

      const reviewed = seeds.meetings.filter((m) => m.initiatives.includes(initiative) && m.id !== REFERENCED_ONLY);
      expect(plan.meetings.map((m) => m.id).sort()).toEqual(reviewed.map((m) => m.id).sort());
      for (const meeting of plan.meetings) {
        if (changes.find((c) => c.kind === "meeting" && c.id === meeting.id)?.shared) continue; // the shared fagdag keeps its facts
        const seed = reviewed.find((m) => m.id === meeting.id);
        for (const fact of FACTS) expect([meeting.id, fact, meeting[fact]]).toEqual([meeting.id, fact, seed?.[fact]]);
        expect(meeting.forums).toEqual(seed?.forums.filter((f) => f.startsWith(initiative)));
      }
      const forums = seeds.forums.filter((f) => f.initiative === initiative);
      expect(plan.forums.map((f) => [f.id, f.who])).toEqual(forums.map((f) => [f.id, f.who]));
      expect(plan.initiatives.map((i) => i.id)).toEqual([initiative]);
      // Against the graph built from seeds/, the plan changes nothing: same facts, same links.
      expect(changes.filter((c) => c.action === "create" || c.action === "update")).toEqual([]);
    });

    it("proposes the corrections the reviewers made, and leaves out secrets", async () => {
      const seeds = await readSeeds(seedDir);
      const { plan } = await dryRun(path.join(SOURCES, document));
      const lastWord = (text: string | undefined) => text?.trim().split(/\s+/).pop();
      const corrections = (notes: { field: string; corrected?: string }[] | undefined) =>
        (notes ?? []).filter((n) => n.corrected !== undefined).map((n) => [n.field, lastWord(n.corrected)]);
      for (const seed of seeds.meetings.filter(
        (m) => m.initiatives.includes(initiative) && m.forums.every((f) => f.startsWith(initiative)),
      )) {
        const read = plan.meetings.find((m) => m.id === seed.id);
        expect([seed.id, corrections(read?.dataQuality)]).toEqual([seed.id, corrections(seed.dataQuality)]);
      }
      expect(JSON.stringify(plan)).not.toMatch(/fRLixB|387 681 127 533|Møtelenke|Møte-ID/);
    });
  });

  it("reads the table of measures of Sør-Troms og Evenes into the reviewed tiltak 1–9", async () => {
    const seeds = await readSeeds(seedDir);
    const { plan, changes } = await dryRun(path.join(SOURCES, "002_ade191f0c5596552.txt"));
    const reviewed = seeds.initiatives.filter((i) => i.network === "sor-troms-og-evenes");
    expect(plan.layout).toBe("measures");
    expect(plan.initiatives.map((i) => i.id)).toEqual(reviewed.map((i) => i.id));
    for (const read of plan.initiatives) {
      const seed = reviewed.find((i) => i.id === read.id);
      for (const field of [
        "period",
        "periodText",
        "partners",
        "targetGroups",
        "responsibleInstitutions",
        "audience",
        "how",
        "responsible",
      ] as const) {
        expect([read.id, field, read[field]]).toEqual([read.id, field, seed?.[field]]);
      }
    }
    // Tiltak 5 wraps over a page break; the halves are joined.
    expect(plan.initiatives[4]?.name).toBe("Veiledning av 6 barnehager/skoler i regionen");
    expect(changes.filter((c) => c.action !== "unchanged")).toEqual([]);
  });

  describe("a plan it has never seen (test/fixtures/plans/gauldal-dekom-2025-26.txt)", () => {
    const file = path.join(FIXTURES, "gauldal-dekom-2025-26.txt");
    type Expected = {
      initiative: {
        name: string;
        period: { from: string; to: string };
        network: string;
        scheme: string;
        partners: string[];
      };
      forums: { name: string; who: string }[];
      meetings: ({ date: string; forum: string } & Partial<Record<(typeof FACTS)[number], string>>)[];
      activities: { forum: string; month: string; text: string }[];
      corrections: { original: string; corrected: string }[];
      unreadable: string[];
    };
    const expected = async () =>
      YAML.parse(await readFile(file.replace(/\.txt$/, ".expected.yaml"), "utf8")) as Expected;

    it("matches the review worked out by hand, in a dry run that writes nothing", async () => {
      const want = await expected();
      const before = await countGraph(graph.driver);
      const { plan, changes } = await dryRun(file);
      expect(await countGraph(graph.driver)).toEqual(before);

      const [initiative] = plan.initiatives;
      expect(initiative).toMatchObject({
        name: want.initiative.name,
        period: want.initiative.period,
        network: want.initiative.network,
        scheme: want.initiative.scheme,
        partners: want.initiative.partners,
      });
      expect(plan.forums.map((f) => ({ name: f.name, who: f.who }))).toEqual(want.forums);
      const forumName = new Map(plan.forums.map((f) => [f.id, f.name]));
      const read = plan.meetings
        .map((m): Record<string, string | undefined> => ({
          forum: forumName.get(m.forums[0] ?? ""),
          ...Object.fromEntries(FACTS.filter((k) => m[k]).map((k) => [k, m[k]])),
        }))
        .sort((a, b) => String(a.date).localeCompare(String(b.date)));
      expect(read).toEqual(want.meetings.map((m) => ({ ...m })));
      const activities = plan.forums.flatMap((f) => (f.activities ?? []).map((a) => ({ forum: f.name, ...a })));
      // The unreadable entry is kept as the month's activity, so nothing is lost.
      expect(activities).toEqual(expect.arrayContaining(want.activities));
      expect(activities).toHaveLength(want.activities.length + want.unreadable.length);
      const notes = plan.meetings.flatMap((m) =>
        (m.dataQuality ?? [])
          .filter((n) => n.field === "date")
          .map((n) => ({ original: n.original, corrected: n.corrected })),
      );
      expect(notes).toEqual(want.corrections);
      expect(plan.findings.filter((f) => f.kind === "unreadable").map((f) => f.text)).toEqual(want.unreadable);
      expect(plan.findings.filter((f) => f.kind === "skipped").map((f) => [f.line, f.text])).toEqual([
        [53, "GAULDALSREGIONEN"],
      ]);
      // Holtålen, Melhus and Midtre Gauldal are linked by the national register.
      expect(plan.findings.filter((f) => f.kind === "unknown")).toEqual([]);
      expect(initiative?.municipalities).toEqual(["holtalen", "melhus", "midtre-gauldal"]);
      expect(changes.filter((c) => c.action !== "create")).toEqual([]);
    });

    it("writes it once: a second import changes nothing, and no secret reaches the graph", async () => {
      const first = await importPlan(graph.driver, database(), file);
      expect(first.written).toBe(true);
      const after = await countGraph(graph.driver);
      const second = await importPlan(graph.driver, database(), file);
      expect(second.written).toBe(false);
      expect(second.changes.every((c) => c.action === "unchanged")).toBe(true);
      expect(await countGraph(graph.driver)).toEqual(after);

      const { records } = await graph.driver.executeQuery(
        `MATCH (m:Meeting)-[:SERVES]->(:Initiative {id: $id})
         RETURN m.date AS date, m.place AS place, [(m)-[:IN_FORUM]->(f) | f.name] AS forums,
                COLLECT { MATCH (n:DataQualityNote {subjectId: m.id}) RETURN n.corrected } AS corrections
         ORDER BY m.date`,
        { id: "dekom-ntnu-i-gauldalsregionen-2025-2026" },
        { database: database() },
      );
      expect(records).toHaveLength(12);
      expect(records.find((r) => String(r.get("date")) === "2026-03-18")?.get("corrections")).toEqual(["2026-03-18"]);
      const { records: leaks } = await graph.driver.executeQuery(
        `MATCH (n) WHERE any(k IN keys(n) WHERE any(text IN CASE WHEN n[k] IS :: LIST<ANY> THEN [v IN n[k] | toString(v)] ELSE [toString(n[k])] END
           WHERE text CONTAINS 'aB3xYz' OR text CONTAINS '312 456'))
         RETURN n.id AS id`,
        {},
        { database: database() },
      );
      expect(leaks).toEqual([]);
    });
  });

  describe("rows labelled with two months (test/fixtures/plans/vaernes-dekom-2025-26.txt)", () => {
    const file = path.join(FIXTURES, "vaernes-dekom-2025-26.txt");
    const forum = (name: string) => `dekom-ntnu-i-vaernes-2025-2026-${name}`;

    it("reads each date of either month, in the year the school year gives it, and flags a date of a third month", async () => {
      const { plan } = await dryRun(file);
      // Worked out from the file: the 2025 table's Sept and Des/Jan rows, the 2026 table's Feb/Mars and Mai/Juni.
      const meetings = plan.meetings
        .map((m) => [m.date, m.forums[0], m.startTime, m.endTime, m.mode, m.place ?? null])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      expect(meetings).toEqual([
        ["2025-09-10", forum("regional-arbeidsgruppe"), "12:00", "14:00", "digital", null],
        // Des/Jan in the table headed 2025: December is 2025's, January 2026's ("14.01.26" as written).
        ["2025-12-03", forum("regional-arbeidsgruppe"), "12:00", "14:00", "digital", null],
        ["2026-01-14", forum("regionale-samlinger"), "09:00", "15:00", "physical", "Stjørdal"],
        // Feb/Mars: "11.02.25" stands in the 2026 table, in a row of 2026's February: corrected.
        ["2026-02-11", forum("regional-arbeidsgruppe"), "12:00", "14:00", "digital", null],
        ["2026-03-04", forum("regionale-samlinger"), "09:00", "15:00", "physical", "Meråker"],
        // Mai/Juni: "28. april" is of neither month; kept as written, in the row's year, and flagged.
        ["2026-04-28", forum("regional-arbeidsgruppe"), "12:00", "14:00", "digital", null],
        ["2026-05-06", forum("regionale-samlinger"), "09:00", "15:00", "physical", "Stjørdal"],
        ["2026-06-10", forum("regional-arbeidsgruppe"), "12:00", "14:00", "digital", null],
      ]);
      expect(plan.findings.map((f) => [f.kind, f.line, f.where, f.text])).toEqual([
        ["corrected", 16, "Årshjul 2026, rad Feb/Mars, kolonne Regional arbeidsgruppe", "11.02.25"],
        ["flagged", 17, "Årshjul 2026, rad Mai/Juni, kolonne Regional arbeidsgruppe", "28. april"],
      ]);
      expect(plan.findings[0]?.message).toBe(
        "året stemmer ikke med raden Feb/Mars i tabellen for 2026: lest som 2026-02-11",
      );
      expect(plan.findings[1]?.message).toBe("en dato i måned 4 står i raden Mai/Juni; beholdt slik den er skrevet");
      // An undated cell of a two-month row is the activity of its first month.
      const network = plan.forums.find((f) => f.id === forum("skolenettverk"));
      expect(network?.activities).toEqual([
        { month: "2025-09", text: "Møter etter kommunal plan" },
        { month: "2025-12", text: "Møter etter kommunal plan" },
        { month: "2026-02", text: "Mellomarbeid mellom samlingene" },
        { month: "2026-05", text: "Møter etter kommunal plan" },
      ]);
    });

    it("writes the meetings; a second import changes nothing", async () => {
      const first = await importPlan(graph.driver, database(), file);
      expect(first.written).toBe(true);
      const { records } = await graph.driver.executeQuery(
        `MATCH (m:Meeting)-[:SERVES]->(:Initiative {id: 'dekom-ntnu-i-vaernes-2025-2026'})
         RETURN toString(m.date) AS date ORDER BY date`,
        {},
        { database: database() },
      );
      expect(records.map((r) => r.get("date"))).toEqual([
        "2025-09-10",
        "2025-12-03",
        "2026-01-14",
        "2026-02-11",
        "2026-03-04",
        "2026-04-28",
        "2026-05-06",
        "2026-06-10",
      ]);
      const second = await importPlan(graph.driver, database(), file);
      expect([second.written, second.changes.every((c) => c.action === "unchanged")]).toEqual([false, true]);
    });
  });

  it("links the regional fagdag of 27.11.2024 instead of duplicating it", async () => {
    const { changes } = await dryRun(path.join(SOURCES, "003_f5ccc106f6e629d1.txt"));
    expect(changes.filter((c) => c.kind === "meeting" && c.id.includes("2024-11-27"))).toEqual([
      expect.objectContaining({ id: "tsv-regional-fagdag-2024-11-27", action: "unchanged", shared: true }),
    ]);
    const pp = await dryRun(path.join(SOURCES, "000_3a8ae5ecd7901ed4.txt"));
    expect(pp.changes.filter((c) => c.kind === "meeting" && c.id.includes("2024-11-27")).map((c) => c.id)).toEqual([
      "tsv-regional-fagdag-2024-11-27",
    ]);
  });

  it("refuses a plan of unknown layout with a clear message, and writes nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-import-"));
    const file = path.join(dir, "notater.txt");
    await writeFile(file, "Rekom i Trøndelag sørvest 2024/2025\n\nMøte 12.09.24 kl 10-12 på Teams.\n");
    const before = await countGraph(graph.driver);
    await expect(importPlan(graph.driver, database(), file)).rejects.toThrow(UnknownLayoutError);
    await expect(importPlan(graph.driver, database(), file)).rejects.toThrow(
      /notater\.txt: unknown plan layout: found neither an årshjul .* nor a table of measures/,
    );
    expect(await countGraph(graph.driver)).toEqual(before);
  });
});
