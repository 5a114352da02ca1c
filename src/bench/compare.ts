import type { Measurement } from "./measure.js";

/** The parts of docs/benchmarks.json that a comparison reads; runs before the raw samples were kept have the same shape. */
export interface BenchRun {
  environment: Record<string, unknown>;
  results: {
    scale: string;
    loadMs: number;
    startToReadyMs: number;
    /** cached: through the API with the response cache warm; runs before 2026-11-26 did not measure it. */
    queries: { name: string; api: Measurement[]; cached?: Measurement[]; raw: Measurement[]; ratioP95: number }[];
  }[];
}

/** A change this much slower (and by more than the noise floor in ms) is marked as a regression. */
const REGRESSION = { factor: 1.2, ms: 2 };

function change(before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined) return "–";
  const percent = before > 0 ? Math.round(((after - before) / before) * 100) : 0;
  const slower = after > before * REGRESSION.factor && after - before > REGRESSION.ms;
  const text = `${before} → ${after} (${percent >= 0 ? "+" : ""}${percent} %)`;
  return slower ? `**${text}**` : text;
}

/**
 * What changed from an earlier run to this one, as Markdown: p50 at concurrency 1 through
 * the cached API, p95 through the API and as raw Cypher, the ratio, load and start times, per scale and query that
 * both runs measured; and which parts of the environment differ. A p95 more than 20 %
 * (and 2 ms) slower is set in bold.
 */
export function compareRuns(before: BenchRun, after: BenchRun): string {
  const lines: string[] = [];
  const shown = (value: unknown) => (value === undefined ? "–" : String(value));
  const differing = Object.keys({ ...before.environment, ...after.environment }).filter(
    (key) => key !== "date" && key !== "commit" && shown(before.environment[key]) !== shown(after.environment[key]),
  );
  lines.push(
    `Against the run of ${shown(before.environment.date)}` +
      (before.environment.commit ? ` (commit ${shown(before.environment.commit)})` : "") +
      (differing.length
        ? `; differs in ${differing.map((k) => `${k} (${shown(before.environment[k])} → ${shown(after.environment[k])})`).join(", ")}.`
        : "; same machine and versions."),
  );
  for (const scale of after.results) {
    const earlier = before.results.find((r) => r.scale === scale.scale);
    if (!earlier) {
      lines.push("", `Scale ${scale.scale}: not in the earlier run.`);
      continue;
    }
    lines.push(
      "",
      `### Scale ${scale.scale}`,
      "",
      `Load ${change(earlier.loadMs, scale.loadMs)} ms; start to ready ${change(earlier.startToReadyMs, scale.startToReadyMs)} ms.`,
      "",
      "| query | cached API p50 ms, c=1 | API p95 ms, c=1 | raw p95 ms, c=1 | API/raw p95 |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const query of scale.queries) {
      const old = earlier.queries.find((q) => q.name === query.name);
      lines.push(
        old
          ? `| ${query.name} | ${change(old.cached?.[0]?.p50Ms, query.cached?.[0]?.p50Ms)} | ${change(old.api[0]?.p95Ms, query.api[0]?.p95Ms)} | ${change(old.raw[0]?.p95Ms, query.raw[0]?.p95Ms)} | ${old.ratioP95} → ${query.ratioP95} |`
          : `| ${query.name} | new: ${query.cached?.[0]?.p50Ms ?? "–"} | new: ${query.api[0]?.p95Ms} | new: ${query.raw[0]?.p95Ms} | ${query.ratioP95} |`,
      );
    }
  }
  return lines.join("\n");
}
