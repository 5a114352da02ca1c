// Every write path moves the graph's version in the transaction of its change (issue 18):
// the response cache keys answers by it, so a path that forgot would serve stale answers.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type GraphVersion, moveGraphVersion, readGraphVersion } from "../../src/db/graph-version.js";
import { importPlan } from "../../src/import/index.js";
import { importSpreadsheet } from "../../src/import/spreadsheets/index.js";
import { graphIsEmpty, loadSeeds } from "../../src/seed/index.js";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { startProgram } from "../../src/process/program.js";
import { TEST_JWT_SECRET, bearer } from "../support/tokens.js";

const graph = useSeededGraph();
const api = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });
const version = () => readGraphVersion(graph.driver, testTarget().database);
const next = (v: GraphVersion, by = 1) => ({ epoch: v.epoch, number: v.number + by });

const GAULDAL = path.resolve(import.meta.dirname, "..", "fixtures", "plans", "gauldal-dekom-2025-26.txt");
const renameRekom = (name: string) =>
  `mutation { updateSchemes(where: { id: { eq: "rekom" } }, update: { name: { set: "${name}" } }) { schemes { name } } }`;

describe("the graph's version", () => {
  it("is one node, which a seed load with a reset makes anew at 1", async () => {
    const { records } = await graph.driver.executeQuery(
      "MATCH (v:GraphVersion) RETURN count(v) AS nodes, v.number AS number",
      {},
      { database: testTarget().database },
    );
    // useSeededGraph reseeded with a reset, which deletes the old node and makes a new one at 1.
    expect(records.map((r) => [Number(r.get("nodes")), Number(r.get("number"))])).toEqual([[1, 1]]);
  });

  it("moves with a seed load, in the same epoch; a reset starts a new epoch", async () => {
    const before = await version();
    await loadSeeds(graph.driver, testTarget().database);
    expect(await version()).toEqual(next(before));
    await loadSeeds(graph.driver, testTarget().database, { reset: true });
    const reset = await version();
    expect(reset.epoch).not.toBe(before.epoch);
    expect(reset.number).toBe(1);
  });

  it("moves with an import that writes, not with a dry run", async () => {
    const before = await version();
    expect((await importPlan(graph.driver, testTarget().database, GAULDAL, { dryRun: true })).written).toBe(false);
    expect(await version()).toEqual(before);
    expect((await importPlan(graph.driver, testTarget().database, GAULDAL)).written).toBe(true);
    expect(await version()).toEqual(next(before));
  });

  it("moves with a spreadsheet import that writes, not with a dry run", async () => {
    const file = path.resolve(import.meta.dirname, "..", "fixtures", "spreadsheets", "medlemskap-to-nettverk.csv");
    const sheet = { name: path.basename(file), bytes: await readFile(file) };
    const before = await version();
    await importSpreadsheet(graph.driver, testTarget().database, sheet, { dryRun: true });
    expect(await version()).toEqual(before);
    await importSpreadsheet(graph.driver, testTarget().database, sheet);
    expect(await version()).toEqual(next(before));
  });

  it("moves with a committed mutation, not with a refused or rolled-back one", async () => {
    const before = await version();
    const committed = await api.post({ query: renameRekom("Rekom") }, await bearer());
    expect([committed.status, committed.body.errors]).toEqual([200, undefined]);
    expect(await version()).toEqual(next(before));
    const anonymous = await api.post({ query: renameRekom("Anonym") });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // A deadline on 30 February breaks a rule checked before the commit: rolled back.
    const broken = await api.post(
      {
        query:
          'mutation { updateDeadlines(where: { id: { eq: "innstilling" } }, update: { month: { set: 2 }, day: { set: 30 } }) { deadlines { id } } }',
      },
      await bearer(),
    );
    expect(broken.body.errors?.[0]?.message).toMatch(/Nothing was written/);
    expect(await version()).toEqual(next(before));
  });

  it("moves with a statement of npm run cypher that writes, not with one that reads", async () => {
    const { uri, password } = testTarget();
    const cypher = async (statement: string) => {
      const program = startProgram({ NEO4J_URI: uri, NEO4J_PASSWORD: password }, ["scripts/cypher.ts", statement]);
      expect((await program.exited).code, program.output()).toBe(0);
    };
    const before = await version();
    await cypher("MATCH (s:Scheme {id: 'rekom'}) RETURN s.name");
    expect(await version()).toEqual(before);
    await cypher("MATCH (s:Scheme {id: 'rekom'}) SET s.name = 'Rekom'");
    expect(await version()).toEqual(next(before));
  });

  it("counts concurrent writes one by one", async () => {
    const before = await version();
    await Promise.all(Array.from({ length: 8 }, () => moveGraphVersion(graph.driver, testTarget().database)));
    expect(await version()).toEqual(next(before, 8));
  });

  it("is not data: a graph that holds only its version counts as empty, so npm start seeds it", async () => {
    const { database } = testTarget();
    expect(await graphIsEmpty(graph.driver, database)).toBe(false);
    await graph.driver.executeQuery("MATCH (n) WHERE NOT n:GraphVersion DETACH DELETE n", {}, { database });
    expect(await graphIsEmpty(graph.driver, database)).toBe(true);
  });
});
