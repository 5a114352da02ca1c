// Issue 17: a plan imports alike from its text form, from Word and from PDF: the same
// dry-run diff against the seeded graph, the same findings (their places in the file aside).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_DIR, WORD_ONLY_SECRETS } from "../../../scripts/make-import-fixtures.js";
import { projectRoot } from "../../../src/config/index.js";
import { type ImportResult, importPlan } from "../../../src/import/index.js";
import { useSeededGraph } from "../../support/api.js";
import { countGraph, testTarget } from "../../support/database.js";

const SOURCES = path.join(projectRoot, "seeds", "sources");
const PLANS = path.join(projectRoot, "test", "fixtures", "plans");
const plans = [
  path.join(SOURCES, "000_3a8ae5ecd7901ed4.txt"),
  path.join(SOURCES, "001_bc935cdedb893b1e.txt"),
  path.join(SOURCES, "002_ade191f0c5596552.txt"),
  path.join(SOURCES, "003_f5ccc106f6e629d1.txt"),
  path.join(PLANS, "gauldal-dekom-2025-26.txt"),
  path.join(PLANS, "innherred-dekom-2025-26.txt"),
  path.join(PLANS, "vaernes-dekom-2025-26.txt"),
  path.join(PLANS, "secrets-fosen-rekom-2025-26.txt"),
];

/** What an import says, the file's name and the places of its findings aside. */
const outcome = ({ plan, changes, notInPlan }: ImportResult) => ({
  layout: plan.layout,
  title: plan.title,
  changes,
  notInPlan,
  findings: plan.findings.map(({ kind, where, text, message }) => ({ kind, where, text, message })),
  records: JSON.stringify({ ...plan, findings: [], format: undefined }).replace(/\.(txt|docx|pdf)"/g, '"'),
});

describe("importing Word and PDF plans", () => {
  const graph = useSeededGraph();
  const dryRun = (file: string) => importPlan(graph.driver, testTarget().database, file, { dryRun: true });
  const fixture = (text: string, extension: string) =>
    path.join(FIXTURE_DIR, path.basename(text).replace(/\.txt$/, `.${extension}`));

  it.each(plans)("reads %s alike from .txt, .docx and .pdf", async (text) => {
    const expected = outcome(await dryRun(text));
    expect(expected.changes.length).toBeGreaterThan(0);
    for (const format of ["docx", "pdf"]) {
      const read = await dryRun(fixture(text, format));
      expect(read.format).toBe(format);
      expect(outcome(read)).toEqual(expected);
    }
  });

  it("names a finding's page, table and row in a PDF", async () => {
    const { plan } = await dryRun(path.join(FIXTURE_DIR, "gauldal-dekom-2025-26.pdf"));
    // "GAULDALSREGIONEN", a page header between the year tables (line 53 of the text form).
    expect(plan.findings.filter((f) => f.kind === "skipped")).toEqual([
      expect.objectContaining({ text: "GAULDALSREGIONEN", location: { page: expect.any(Number) } }),
    ]);
    expect(plan.findings.every((f) => f.line === undefined)).toBe(true);
  });

  it("does not take a row merged across the forums for a meeting (worked out from innherred-dekom-2025-26.txt)", async () => {
    const { plan } = await dryRun(path.join(FIXTURE_DIR, "innherred-dekom-2025-26.docx"));
    expect(plan.meetings.map((m) => [m.date, m.forums[0], m.mode, m.place ?? null])).toEqual([
      ["2026-03-11", "dekom-ntnu-i-innherred-2025-2026-regional-arbeidsgruppe", "digital", null],
      ["2026-03-18", "dekom-ntnu-i-innherred-2025-2026-regionale-samlinger", "physical", "Levanger"],
      ["2026-04-15", "dekom-ntnu-i-innherred-2025-2026-regional-arbeidsgruppe", "digital", null],
      ["2026-04-22", "dekom-ntnu-i-innherred-2025-2026-regionale-samlinger", "physical", "Verdal"],
    ]);
    expect(plan.findings.filter((f) => f.kind === "skipped").map((f) => [f.text, f.location])).toEqual([
      ["Påskeferie 30. mars – 6. april: ingen møter", { table: 2, row: 3 }],
    ]);
  });

  it("imports nothing of a PDF row it cannot rebuild, and reports its page and row", async () => {
    const whole = await dryRun(path.join(FIXTURE_DIR, "gauldal-dekom-2025-26.pdf"));
    const spilled = await dryRun(path.join(FIXTURE_DIR, "gauldal-dekom-2025-26.spilled.pdf"));
    // The Okt row holds one meeting, 14 October 2025 in Melhus, and two undated activities.
    const ids = (r: ImportResult) => r.plan.meetings.map((m) => m.id);
    expect(ids(whole).filter((id) => !ids(spilled).includes(id))).toEqual([
      "dekom-ntnu-i-gauldalsregionen-2025-2026-regionale-samlinger-2025-10-14",
    ]);
    expect(spilled.plan.findings.filter((f) => f.kind === "unreadable" && f.location?.row === 4)).toEqual([
      expect.objectContaining({ location: { page: expect.any(Number), table: 2, row: 4 } }),
    ]);
  });

  it("keeps every secret of a Word file out of the import: cells, text box, comment and links", async () => {
    const file = path.join(FIXTURE_DIR, "secrets-fosen-rekom-2025-26.docx");
    const dry = await dryRun(file);
    const printed = JSON.stringify(dry);
    for (const secret of ["Box7Pw", "366 120 554 781", "Cmt4Xq", "meetup-join", "fRLixB", "Hvem9Q", "zoom.us"])
      expect([secret, printed.includes(secret)]).toEqual([secret, false]);
    expect(WORD_ONLY_SECRETS.textBox).toContain("Box7Pw");

    const before = await countGraph(graph.driver);
    await importPlan(graph.driver, testTarget().database, file);
    expect(await countGraph(graph.driver)).not.toEqual(before);
    const { records } = await graph.driver.executeQuery(
      `MATCH (n) WHERE any(k IN keys(n) WHERE any(text IN CASE WHEN n[k] IS :: LIST<ANY> THEN [v IN n[k] | toString(v)] ELSE [toString(n[k])] END
         WHERE any(s IN ['Box7Pw', 'Cmt4Xq', '366120554781', 'meetup-join', 'fRLixB'] WHERE replace(text, ' ', '') CONTAINS s)))
       RETURN count(n) AS leaks`,
      {},
      { database: testTarget().database },
    );
    expect(records[0]?.get("leaks").toNumber()).toBe(0);
  });
});
