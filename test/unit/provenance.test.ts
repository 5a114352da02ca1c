// Every fact can show its source: each document a seed record cites is in the repository.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedDir } from "../../src/seed/index.js";
import { readSeeds } from "../../src/seed/read.js";

/** Every `document` named anywhere in the seed records. */
function citedDocuments(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedDocuments(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "document" && typeof child === "string") found.add(child);
      else citedDocuments(child, found);
    }
  }
  return found;
}

describe("the seed data's sources", () => {
  it("are all in the repository, beside the seeds", async () => {
    const cited = [...citedDocuments(await readSeeds(seedDir))].sort();
    const present = new Set([
      ...readdirSync(path.join(seedDir, "sources")),
      ...readdirSync(path.join(seedDir, "register")),
    ]);
    expect(cited.length).toBeGreaterThanOrEqual(6);
    expect(cited.filter((document) => !present.has(document))).toEqual([]);
  });
});
