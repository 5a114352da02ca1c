import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadSeeds, seedDir } from "../src/seed/index.js";
import { SeedValidationError } from "../src/seed/read.js";
import { countGraph, emptyGraph, testDriver, testTarget } from "./support/database.js";

const SOURCE = "source: { document: 004_571eb61e7a1b4683.txt, location: test }";

describe("the seed loader", () => {
  let driver: Driver;
  let dir: string;
  const database = () => testTarget().database;

  beforeAll(async () => {
    driver = testDriver();
  });
  beforeEach(async () => {
    await emptyGraph(driver);
    dir = await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-seeds-"));
    await cp(seedDir, path.join(dir, "seeds"), { recursive: true });
    dir = path.join(dir, "seeds");
  });
  afterAll(async () => {
    await driver.close();
  });

  it("loads twice into the same graph", async () => {
    await loadSeeds(driver, database(), { dir });
    const once = await countGraph(driver);
    await loadSeeds(driver, database(), { dir });
    expect(await countGraph(driver)).toEqual(once);
    expect(once.nodes).toBeGreaterThan(0);
  });

  it("replaces the graph on a reset: what the seeds do not hold is gone, the rest is as loaded", async () => {
    await loadSeeds(driver, database(), { dir });
    const fresh = await countGraph(driver);
    await driver.executeQuery(
      `CREATE (:Scheme {id: 'not-in-seeds', name: 'Gone'})
       WITH 1 AS one
       MATCH (a:Network {id: 'gauldalsregionen'}), (b:Network {id: 'fosen'})
       CREATE (a)-[:TEST_LINK]->(b)
       WITH a
       MATCH (rekom:Scheme {id: 'rekom'})
       SET rekom.name = 'Renamed'`,
      {},
      { database: database() },
    );
    expect(await countGraph(driver)).toEqual({ nodes: fresh.nodes + 1, relationships: fresh.relationships + 1 });
    await loadSeeds(driver, database(), { dir, reset: true });
    expect(await countGraph(driver)).toEqual(fresh);
    const { records } = await driver.executeQuery(
      `RETURN COUNT { (:Scheme {id: 'not-in-seeds'}) } AS extra, COUNT { ()-[:TEST_LINK]->() } AS links,
              COLLECT { MATCH (s:Scheme {id: 'rekom'}) RETURN s.name }[0] AS rekom, COUNT { (n) WHERE n.staleBeforeReset IS NOT NULL } AS marked`,
      {},
      { database: database() },
    );
    expect(records[0]?.toObject()).toMatchObject({ rekom: "Rekom" });
    expect([records[0]?.get("extra"), records[0]?.get("links"), records[0]?.get("marked")].map(Number)).toEqual([
      0, 0, 0,
    ]);
  });

  it("rejects a bad record naming the file, the record and the field, and writes nothing", async () => {
    await loadSeeds(driver, database(), { dir });
    const before = await countGraph(driver);
    await writeFile(
      path.join(dir, "extra.yaml"),
      `schemes:\n  - id: ok-scheme\n    name: OK\n    ${SOURCE}\n  - id: Bad Id\n    name: Bad\n    sector: space\n    ${SOURCE}\n`,
    );
    const failure = loadSeeds(driver, database(), { dir, reset: true });
    await expect(failure).rejects.toThrow(SeedValidationError);
    await expect(failure).rejects.toThrow(
      "seeds/extra.yaml: schemes[1] (id Bad Id), field id: expected a slug of lower-case letters, digits and hyphens",
    );
    await expect(failure).rejects.toThrow("seeds/extra.yaml: schemes[1] (id Bad Id), field sector:");
    expect(await countGraph(driver)).toEqual(before);
  });

  it("rejects a record without a source, an unknown kind, broken YAML and a repeated id", async () => {
    await writeFile(
      path.join(dir, "z-repeat.yaml"),
      "schemes:\n  - id: rekom\n    name: Rekom again\n    " + SOURCE + "\n",
    );
    await writeFile(path.join(dir, "b.yaml"), "schemes:\n  - id: no-source\n    name: No source\n");
    await writeFile(path.join(dir, "c.yaml"), "gadgets: []\n");
    await writeFile(path.join(dir, "d.yaml"), "schemes: [\n");
    const problems = await loadSeeds(driver, database(), { dir }).catch((e: SeedValidationError) => e.problems);
    expect(problems).toEqual([
      "seeds/b.yaml: schemes[0] (id no-source), field source: expected a source (or sources) naming the document and the place in it",
      expect.stringMatching(/^seeds\/c\.yaml: Unrecognized key: "gadgets"/),
      expect.stringMatching(/^seeds\/d\.yaml: Flow sequence .* at line 2, column 1/),
      "seeds/z-repeat.yaml: schemes[0] (id rekom): rekom is already in seeds/schemes.yaml",
    ]);
    expect(await countGraph(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("rejects a reference to a record that does not exist", async () => {
    await writeFile(
      path.join(dir, "more.yaml"),
      `supports:\n  - { person: mona-reitan-rosenlund, network: atlantis, institution: nord-universitet, role: primary, schemes: [kompetanseloftet], ${SOURCE} }\n`,
    );
    await expect(loadSeeds(driver, database(), { dir })).rejects.toThrow(
      'seeds/more.yaml: supports[0], field network: no networks record has the id "atlantis"',
    );
    expect(await countGraph(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("rejects a register without its columns, and a network in a county the register lacks", async () => {
    await writeFile(path.join(dir, "register", "extra.csv"), "nummer,navn\n9999,Atlantis\n");
    await writeFile(
      path.join(dir, "more.yaml"),
      `networks:\n  - { id: atlantis, name: Atlantis, county: Atlantis fylke, kind: region, membership: { status: unknown, basis: none, sources: [{ document: 004_571eb61e7a1b4683.txt, location: test }] }, ${SOURCE} }\n`,
    );
    const problems = await loadSeeds(driver, database(), { dir }).catch((e: SeedValidationError) => e.problems);
    expect(problems).toEqual([
      "seeds/register/extra.csv: expected a header row with the columns kommunenummer, kommunenavn, fylkesnummer, fylkesnavn",
    ]);
    await rm(path.join(dir, "register", "extra.csv"));
    await expect(loadSeeds(driver, database(), { dir })).rejects.toThrow(
      'seeds/more.yaml: networks[0] (id atlantis), field county: no counties record has the name "Atlantis fylke"',
    );
    expect(await countGraph(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("keeps the previous graph when a load fails while writing", async () => {
    await loadSeeds(driver, database(), { dir });
    const before = await countGraph(driver);
    // A second uniqueness rule makes the write fail after the reset has run: all of it must roll back.
    await driver.executeQuery(
      "CREATE CONSTRAINT test_name_unique IF NOT EXISTS FOR (s:Scheme) REQUIRE s.name IS UNIQUE",
      {},
      { database: database() },
    );
    try {
      await writeFile(path.join(dir, "clash.yaml"), `schemes:\n  - id: rekom-copy\n    name: Rekom\n    ${SOURCE}\n`);
      await expect(loadSeeds(driver, database(), { dir, reset: true })).rejects.toThrow(/already exists/);
      expect(await countGraph(driver)).toEqual(before);
    } finally {
      await driver.executeQuery("DROP CONSTRAINT test_name_unique IF EXISTS", {}, { database: database() });
      await rm(path.join(dir, "clash.yaml"));
    }
  });
});
