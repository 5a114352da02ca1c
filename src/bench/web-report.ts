import type { Bundle } from "./web-bundle.js";

/** The budgets of the dashboard issue, at the "norway" scale. */
const WEB_BUDGET = { readyMs: 1000, initialGzipBytes: 350_000 };

/** One navigation: when the page showed its data, and when its last request of each kind ended (ms after navigation start). */
export interface Visit {
  readyMs?: number;
  /** Why the page did not show its data: its error message, or a timeout. */
  error?: string;
  graphqlEndMs: number;
  graphqlRequests: number;
  scriptsEndMs: number;
  /** JavaScript received over the network (0 for what came from the HTTP cache). */
  scriptBytes: number;
  /** The GraphQL requests answered by the time it was shown: operation, start and end (ms after navigation start), answer's bytes. */
  operations: { name: string; startMs: number; endMs: number; bytes: number }[];
}

export interface PageResult {
  name: string;
  path: string;
  /** A new browser context each time (empty HTTP cache); the service's response cache on. */
  cold: Visit[];
  /** The same address again in that context. */
  warm: Visit[];
  /** Cold, with CACHE_ENABLED=false: every query computed afresh. */
  uncached: Visit[];
}

export interface WebRun {
  environment: Record<string, string | number>;
  /** The machine's 1-minute load average before the pages, between the two services, and after. */
  loadAverage: number[];
  scale: { name: string; counts: Record<string, number>; loadMs?: number };
  runs: number;
  bundle: Bundle;
  pages: PageResult[];
}

/** The nearest-rank percentile (of 10 samples, p95 is the largest). */
export function percentile(values: number[], p: number): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const verdict = (met: boolean) => (met ? "met" : "**missed**");

/** p50 / p95 of when the pages showed their data, with the failures named. */
function readiness(visits: Visit[]): string {
  if (visits.length === 0) return "–";
  const ready = visits.flatMap((v) => (v.readyMs === undefined ? [] : [v.readyMs]));
  const failed = visits.length - ready.length;
  const figures = ready.length > 0 ? `${percentile(ready, 50)} / ${percentile(ready, 95)}` : "–";
  return failed > 0 ? `${figures} (${failed} of ${visits.length} failed)` : figures;
}

function meetsBudget(visits: Visit[]): string {
  if (visits.length === 0) return "–";
  const p95 = percentile(
    visits.map((v) => v.readyMs ?? Infinity),
    95,
  );
  return verdict(p95 !== undefined && p95 <= WEB_BUDGET.readyMs);
}

const median = (visits: Visit[], pick: (v: Visit) => number) => {
  const values = visits.filter((v) => v.readyMs !== undefined).map(pick);
  return values.length > 0 ? String(percentile(values, 50)) : "–";
};

function breakdown(page: PageResult, visits: Visit[], label: string): string {
  return `| ${page.name} | ${label} | ${median(visits, (v) => v.scriptsEndMs)} | ${median(visits, (v) => v.graphqlEndMs)} | ${median(visits, (v) => v.graphqlRequests)} | ${median(visits, (v) => v.readyMs ?? 0)} | ${kB(Number(median(visits, (v) => v.scriptBytes)) || 0)} |`;
}

/** The figures of a run, for docs/benchmarks.md between its web markers. */
export function renderWebResults(run: WebRun): string {
  const env = run.environment;
  const { bundle } = run;
  const heavyInitial = bundle.initial.flatMap((a) => a.libraries);
  const asset = (a: Bundle["initial"][number]) =>
    `| ${a.file} | ${kB(a.bytes)} | ${kB(a.gzipBytes)} | ${a.libraries.join(", ") || "–"} |`;
  const counts = Object.entries(run.scale.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  return `Run on ${env.date} (commit ${env.commit}): ${env.machine}, ${env.os}; Node ${env.node}, ${env.chromium},
playwright-core ${env["playwright-core"]}, React ${env.react}, Vite ${env.vite}, Neo4j ${env.neo4j}.
Load average (1 min) before the pages / between the two services / after: ${run.loadAverage.join(" / ")}.
docs/benchmarks-web.json holds every visit.

### Initial JavaScript

What index.html loads before the first page renders (its entry script and modulepreloads), gzipped at level 9
(node:zlib): **${kB(bundle.initialGzipBytes)} kB** (budget ${kB(WEB_BUDGET.initialGzipBytes)} kB: ${verdict(bundle.initialGzipBytes <= WEB_BUDGET.initialGzipBytes)});
heavy libraries in it: ${heavyInitial.length === 0 ? "none (met)" : `**${heavyInitial.join(", ")}** (missed)`}.

| file | kB | kB gzipped | heavy library |
| --- | --- | --- | --- |
${bundle.initial.map(asset).join("\n")}

Loaded on demand, largest first:

| file | kB | kB gzipped | heavy library |
| --- | --- | --- | --- |
${bundle.onDemand.map(asset).join("\n")}

### Pages at scale ${run.scale.name}

${counts}.${run.scale.loadMs === undefined ? "" : ` Loaded through the seed loader in ${(run.scale.loadMs / 1000).toFixed(1)} s.`}
Milliseconds from navigation start until the page shows its data, ${run.runs} navigations each, p50 / p95
(nearest rank: of ${run.runs}, p95 is the slowest but ${Math.max(0, run.runs - Math.ceil(0.95 * run.runs))}). Cold: a new browser context (empty HTTP
cache); warm: the same address again in that context. The service's response cache is on
except in the last columns (CACHE_ENABLED=false).

| page | address | cold p50 / p95 ms | warm p50 / p95 ms | budget: cold p95 ≤ ${WEB_BUDGET.readyMs} ms | uncached cold p50 / p95 ms | budget, uncached |
| --- | --- | --- | --- | --- | --- | --- |
${run.pages
  .map(
    (p) =>
      `| ${p.name} | \`${p.path}\` | ${readiness(p.cold)} | ${readiness(p.warm)} | ${meetsBudget(p.cold)} | ${readiness(p.uncached)} | ${meetsBudget(p.uncached)} |`,
  )
  .join("\n")}

Where the time goes (p50 over the visits that showed their data, ms after navigation start):
the last script received, the last GraphQL answer received, GraphQL requests, shown; JavaScript received over the network.

| page | visit | scripts loaded | GraphQL answered | GraphQL requests | shown | kB of JS received |
| --- | --- | --- | --- | --- | --- | --- |
${run.pages
  .flatMap((p) => [
    breakdown(p, p.cold, "cold"),
    breakdown(p, p.warm, "warm"),
    ...(p.uncached.length > 0 ? [breakdown(p, p.uncached, "uncached cold")] : []),
  ])
  .join("\n")}

Each GraphQL request of the cold visits (p50 of its start and its end, ms after navigation start; its answer's
size), with the response cache on and off:

| page | operation | cached: starts / answered | uncached: starts / answered | kB |
| --- | --- | --- | --- | --- |
${run.pages.flatMap(operationRows).join("\n")}
${failures(run.pages)}`;
}

/** Per operation of a page: when it started and was answered, p50 over the cold visits. */
function operationRows(page: PageResult): string[] {
  const names = [...new Set(page.cold.flatMap((v) => v.operations.map((o) => o.name)))];
  const span = (visits: Visit[], name: string) => {
    const ops = visits.flatMap((v) => v.operations.filter((o) => o.name === name));
    if (ops.length === 0) return "–";
    return `${percentile(
      ops.map((o) => o.startMs),
      50,
    )} / ${percentile(
      ops.map((o) => o.endMs),
      50,
    )}`;
  };
  return names.map((name) => {
    const bytes = page.cold.flatMap((v) => v.operations.filter((o) => o.name === name).map((o) => o.bytes));
    return `| ${page.name} | ${name} | ${span(page.cold, name)} | ${span(page.uncached, name)} | ${kB(percentile(bytes, 50) ?? 0)} |`;
  });
}

function failures(pages: PageResult[]): string {
  const lines = pages.flatMap((p) => {
    const errors = [...new Set([...p.cold, ...p.warm, ...p.uncached].flatMap((v) => (v.error ? [v.error] : [])))];
    return errors.map((e) => `- ${p.name}: ${e}`);
  });
  return lines.length > 0 ? `\nFailures:\n\n${lines.join("\n")}\n` : "";
}

/** Puts content between two marker lines of a document, keeping what is around them. */
export function replaceBetween(document: string, start: string, end: string, content: string): string {
  const [before, rest] = document.split(start);
  const after = rest?.split(end)[1];
  if (before === undefined || after === undefined)
    throw new Error(`The document lacks the markers ${start} and ${end}`);
  return `${before}${start}\n${content}${end}${after}`;
}
