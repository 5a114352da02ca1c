import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSeedData, SCALES } from "../src/bench/generate.js";
import { writeSeedFiles } from "../src/bench/write.js";
import { loadSeeds } from "../src/seed/index.js";
import { countGraph, emptyGraph, testDriver, testTarget } from "./support/database.js";

// Its data alone is tested without a database: test/unit/bench-generator.test.ts.
describe("the benchmark's graph generator", () => {
  it("writes scale 1 that the normal seed loader validates and loads", async () => {
    const driver = testDriver();
    try {
      await emptyGraph(driver);
      const data = generateSeedData(SCALES["1"]!);
      const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-generated-")), "seeds");
      await writeSeedFiles(dir, data);
      await loadSeeds(driver, testTarget().database, { dir });
      const nodes = [
        "schemes",
        "institutions",
        "counties",
        "municipalities",
        "networks",
        "people",
        "initiatives",
        "forums",
        "meetings",
        "deadlines",
      ] as const;
      expect((await countGraph(driver)).nodes).toBe(nodes.reduce((sum, kind) => sum + data[kind].length, 0));
    } finally {
      await driver.close();
    }
  });
});
