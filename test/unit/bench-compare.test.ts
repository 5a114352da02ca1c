import { expect, it } from "vitest";
import { type BenchRun, compareRuns } from "../../src/bench/compare.js";
import type { Measurement } from "../../src/bench/measure.js";

const at = (p95Ms: number): Measurement => ({
  requests: 200,
  concurrency: 1,
  p50Ms: p95Ms / 2,
  p95Ms,
  p99Ms: p95Ms,
  throughput: 100,
  errors: 0,
});

function run(date: string, neo4jGraphql: string, apiP95: number[], loadMs: number): BenchRun {
  return {
    environment: { date, node: "v20.20.2", "@neo4j/graphql": neo4jGraphql },
    results: [
      {
        scale: "norway",
        loadMs,
        startToReadyMs: 3600,
        queries: ["personLoad", "fragileNetworks"].map((name, n) => ({
          name,
          api: [at(apiP95[n] ?? 0)],
          raw: [at(4)],
          ratioP95: (apiP95[n] ?? 0) / 4,
        })),
      },
    ],
  };
}

it("marks what became more than 20 % and 2 ms slower, and names the versions that differ", () => {
  const before = run("2026-11-25", "7.6.3", [10, 30], 15_400);
  const after = run("2026-11-26", "7.7.0", [11, 40], 12_000);
  after.results[0]?.queries.push({
    name: "meetingCounts",
    api: [at(8)],
    cached: [at(3)],
    raw: [at(6)],
    ratioP95: 1.33,
  });
  const personLoad = after.results[0]?.queries[0];
  if (personLoad) personLoad.cached = [at(2)];
  const text = compareRuns(before, after);
  expect(text).toContain("differs in @neo4j/graphql (7.6.3 → 7.7.0).");
  expect(text).toContain("Load 15400 → 12000 (-22 %) ms");
  // 10 → 11 is 10 % slower: noise; 30 → 40 is 33 % and 10 ms slower: a regression.
  expect(text).toContain("| personLoad | – | 10 → 11 (+10 %) | 4 → 4 (+0 %) | 2.5 → 2.75 |");
  expect(text).toContain("| fragileNetworks | – | **30 → 40 (+33 %)** | 4 → 4 (+0 %) | 7.5 → 10 |");
  expect(text).toContain("| meetingCounts | new: 1.5 | new: 8 | new: 6 | 1.33 |");
});

it("says when a scale was not in the earlier run", () => {
  const before = run("2026-11-25", "7.6.3", [10, 30], 15_400);
  const after = run("2026-11-26", "7.6.3", [10, 30], 15_400);
  if (after.results[0]) after.results[0].scale = "norway10";
  expect(compareRuns(before, after)).toBe(
    "Against the run of 2026-11-25; same machine and versions.\n\nScale norway10: not in the earlier run.",
  );
});
