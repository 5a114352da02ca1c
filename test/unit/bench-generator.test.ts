import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSeedData, SCALES } from "../../src/bench/generate.js";
import { writeSeedFiles } from "../../src/bench/write.js";
import { readSeeds } from "../../src/seed/read.js";

describe("the benchmark's graph generator", () => {
  it("makes the same graph from the same seed, and another from another seed", () => {
    expect(generateSeedData(SCALES["10"]!)).toEqual(generateSeedData(SCALES["10"]!));
    expect(generateSeedData(SCALES["10"]!, 1)).not.toEqual(generateSeedData(SCALES["10"]!, 2));
  });

  it('makes "norway" at the national size, with a few people carrying many networks', () => {
    const data = generateSeedData(SCALES.norway!);
    expect(data.municipalities).toHaveLength(356);
    expect(data.networks).toHaveLength(100);
    expect(new Set(data.networks.map((n) => n.county)).size).toBe(15);
    expect(data.institutions.filter((i) => i.kind !== "unit")).toHaveLength(12);
    expect(data.people).toHaveLength(3_000);
    expect(data.initiatives).toHaveLength(1_500);
    expect(data.meetings).toHaveLength(60_000);
    expect(data.meetings.some((m) => m.endDate !== undefined)).toBe(true);
    const load = new Map<string, number>();
    for (const s of data.supports) load.set(s.person, (load.get(s.person) ?? 0) + 1);
    const ranked = [...load.values()].sort((a, b) => b - a);
    expect(ranked[0]).toBeGreaterThanOrEqual(5 * (ranked[Math.floor(ranked.length / 2)] ?? 1));
    const partnersOf = (network: string) =>
      new Set(data.supports.filter((s) => s.network === network).map((s) => s.institution));
    expect(data.networks.some((n) => partnersOf(n.id).size < data.institutions.length)).toBe(true);
  });

  it('writes "norway" in files that the seed loader validates', async () => {
    const data = generateSeedData(SCALES.norway!);
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-generated-")), "seeds");
    await writeSeedFiles(dir, data);
    const read = await readSeeds(dir);
    expect(read.meetings).toHaveLength(60_000);
    expect(read.supports).toHaveLength(data.supports.length);
  });

  it('makes "norway10" ten times "norway", each municipality with a four-digit number of its own', () => {
    const data = generateSeedData(SCALES.norway10!);
    expect(data.municipalities).toHaveLength(3_570);
    expect(data.networks).toHaveLength(1_000);
    expect(data.people).toHaveLength(30_000);
    expect(data.initiatives).toHaveLength(15_000);
    expect(data.meetings).toHaveLength(600_000);
    const numbers = data.municipalities.map((m) => m.number);
    expect(numbers.every((n) => /^\d{4}$/.test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(3_570);
  });

  it('writes "norway10" in files that the seed loader validates, 600,000 meetings in one file', async () => {
    const data = generateSeedData(SCALES.norway10!);
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-generated-")), "seeds");
    await writeSeedFiles(dir, data);
    const read = await readSeeds(dir);
    expect(read.meetings).toHaveLength(600_000);
    expect(read.municipalities).toHaveLength(3_570);
  }, 180_000);
});
