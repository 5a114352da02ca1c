// `npm run bench [-- --scales 1,10,norway,norway10 --requests 200 --only coverageMap --compare FILE]`: generates each scale, loads it
// through the seed loader into a Neo4j of the benchmark's own, starts the service, and
// measures every analysis through the API (HTTP), through the same GraphQL schema in-process,
// and as raw Cypher over the driver. Writes
// docs/benchmarks.json (with the machine, the versions and every sample) and docs/benchmarks.md;
// --compare prints the change against an earlier benchmarks.json.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { type BenchRun, compareRuns } from "../src/bench/compare.js";
import { currentCommit, loadAverage, machine, packageVersion } from "../src/bench/environment.js";
import { type Measurement, measure, measureSideBySide } from "../src/bench/measure.js";
import { BENCH_QUERIES } from "../src/bench/queries.js";
import { BENCH_NEO4J, loadScale, scaleNamed } from "../src/bench/scale-graph.js";
import { loadConfig, projectRoot } from "../src/config/index.js";
import { openDatabase } from "../src/db/database.js";
import { createApolloServer } from "../src/graphql/apollo.js";
import { contextFor } from "../src/graphql/context.js";
import { buildSchema } from "../src/graphql/schema.js";
import { type ProgramProcess, SERVE_TIMEOUT_MS, servedUrl, startProgram } from "../src/process/program.js";

const { values } = parseArgs({
  options: {
    // norway10 (600,000 meetings) takes some 4 minutes to load and 15 to measure here: asked for by name only.
    scales: { type: "string", default: "1,10,norway" },
    requests: { type: "string", default: "200" },
    // Measure only the queries whose name starts with this (e.g. coverageMap).
    only: { type: "string" },
    // An earlier docs/benchmarks.json: print how this run differs from it.
    compare: { type: "string" },
    // The longest one measurement of one query may take; fewer samples are taken of a slower query.
    "max-seconds": { type: "string", default: "60" },
  },
});
// Read before this run overwrites it (it may be docs/benchmarks.json itself).
const earlier = values.compare ? (JSON.parse(await readFile(values.compare, "utf8")) as BenchRun) : undefined;
const benchQueries = BENCH_QUERIES.filter((q) => values.only === undefined || q.name.startsWith(values.only));
// As it is when the run starts: a change made while it runs is not what was measured.
const commit = currentCommit();
const requests = Number(values.requests);
const limit = { maxMs: Number(values["max-seconds"]) * 1000 };
const scales = values.scales.split(",").map(scaleNamed);

// A Neo4j of the benchmark's own (port, data, memory), unless NEO4J_URI names one.
const config = loadConfig({
  ...BENCH_NEO4J,
  // The national month is larger than a page or the cost a public API allows.
  LIMIT_PAGE_SIZE: "100000",
  LIMIT_COST: "10000000",
  ...process.env,
});
const log = (line: string) => console.log(line);
const database = await openDatabase(config, log);
const { driver, target } = database;

/** The service over the bench's Neo4j, with its response cache (docs/cache.md) on or off. */
async function startService(cache: boolean): Promise<{ program: ProgramProcess; url: string; readyMs: number }> {
  const started = performance.now();
  const program = startProgram(
    {
      ...process.env,
      PORT: "0",
      NEO4J_URI: target.uri,
      NEO4J_PASSWORD: target.password,
      LIMIT_PAGE_SIZE: "100000",
      LIMIT_COST: "10000000",
      CACHE_ENABLED: String(cache),
    },
    undefined,
    { echoErrors: true },
  );
  const url = await servedUrl(program, SERVE_TIMEOUT_MS);
  while ((await fetch(new URL("/readyz", url))).status !== 200) await new Promise((r) => setTimeout(r, 20));
  return { program, url, readyMs: Math.round(performance.now() - started) };
}

// The same schema and Apollo server in this process: API minus this is the HTTP hop, this
// minus raw is what GraphQL (parsing, validation, resolvers, @neo4j/graphql) adds.
const graphqlConfig = config.graphql;
const inProcessServer = createApolloServer(await buildSchema(graphqlConfig, driver), graphqlConfig);
await inProcessServer.start();

interface QueryResult {
  name: string;
  /** Through the API with its response cache off: every request computed afresh. */
  api: Measurement[];
  /** Through the API with the cache on and warm; misses counts the answers that did not come from it. */
  cached: Measurement[];
  cacheMisses: number;
  /** The size of the API's answer in bytes: how much a query's time may fairly grow with the scale. */
  answerBytes: number;
  /** In-process GraphQL at concurrency 1. */
  inProcess: Measurement;
  raw: Measurement[];
  ratioP95: number;
}

const results: {
  scale: string;
  counts: Record<string, number>;
  loadMs: number;
  startToReadyMs: number;
  /** The machine's 1-minute load average before and after the scale was measured: others' work is noise. */
  loadAverage: [number, number];
  queries: QueryResult[];
}[] = [];
try {
  for (const scale of scales) {
    const loadBefore = loadAverage();
    const { loadMs, counts } = await loadScale(driver, target.database, scale, log);
    log(`Scale ${scale.name}: loaded in ${loadMs} ms`);

    const service = await startService(false);
    const cachedService = await startService(true);
    const queries: QueryResult[] = [];
    try {
      for (const query of benchQueries) {
        const body = JSON.stringify({ query: query.graphql, variables: query.variables });
        let cacheMisses = 0;
        const post = async (url: string) => {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body,
          });
          const text = await response.text();
          const json = JSON.parse(text) as { errors?: unknown[] };
          if (json.errors) throw new Error(`${query.name}: ${JSON.stringify(json.errors)}`);
          return { headers: response.headers, bytes: Buffer.byteLength(text) };
        };
        const { bytes: answerBytes } = await post(service.url);
        const viaApi = async () => void (await post(service.url));
        const viaCache = async () => {
          if ((await post(cachedService.url)).headers.get("x-cache") !== "HIT") cacheMisses++;
        };
        const raw = async () => {
          await driver.executeQuery(query.cypher, query.parameters, { database: target.database, routing: "READ" });
        };
        const inProcess = async () => {
          const response = await inProcessServer.executeOperation(
            { query: query.graphql, variables: query.variables },
            { contextValue: contextFor(driver, target.database, graphqlConfig.limits.transactionTimeoutMs) },
          );
          if (response.body.kind !== "single" || response.body.singleResult.errors)
            throw new Error(`${query.name}: in-process errors`);
        };
        const [api1, cached1, inProcess1, raw1] = (await measureSideBySide(
          [viaApi, viaCache, inProcess, raw],
          requests,
          limit,
        )) as [Measurement, Measurement, Measurement, Measurement];
        const api = [api1, await measure(viaApi, requests * 2, 16, limit)];
        // The warm-up of the side-by-side run filled the cache; the first call of a run is its only miss.
        const cached = [cached1, await measure(viaCache, requests * 2, 16, limit)];
        const direct = [raw1, await measure(raw, requests * 2, 16, limit)];
        const ratioP95 = Math.round(((api[0]?.p95Ms ?? 0) / Math.max(0.01, direct[0]?.p95Ms ?? 0)) * 100) / 100;
        queries.push({
          name: query.name,
          api,
          cached,
          cacheMisses,
          answerBytes,
          inProcess: inProcess1,
          raw: direct,
          ratioP95,
        });
        log(
          `  ${query.name}: API p95 ${api1.p95Ms} ms, cached p50 ${cached1.p50Ms} ms, raw p50 / p95 ${raw1.p50Ms} / ${raw1.p95Ms} ms, ratio ${ratioP95}, ${cacheMisses} cache misses`,
        );
        for (const m of [...api, ...cached, inProcess1, ...direct].filter((m) => m.errors > 0))
          log(`    ${m.errors} failed at c=${m.concurrency}, first: ${m.firstError}`);
      }
    } finally {
      service.program.child.kill("SIGINT");
      cachedService.program.child.kill("SIGINT");
    }
    results.push({
      scale: scale.name,
      counts,
      loadMs,
      startToReadyMs: service.readyMs,
      loadAverage: [loadBefore, loadAverage()],
      queries,
    });
  }
} finally {
  await inProcessServer.stop();
  await database.close();
}

const environment = {
  date: new Date().toISOString().slice(0, 10),
  commit,
  ...machine(),
  node: process.version,
  neo4j: config.neo4j.uri ? "external" : config.localNeo4j.version,
  "neo4j memory": config.neo4j.uri
    ? "external"
    : `heap ${config.localNeo4j.heap}, page cache ${config.localNeo4j.pageCache}`,
  "@neo4j/graphql": packageVersion("@neo4j/graphql"),
  "@apollo/server": packageVersion("@apollo/server"),
  graphql: packageVersion("graphql"),
  "neo4j-driver": packageVersion("neo4j-driver"),
  express: packageVersion("express"),
  requests,
  "max seconds per measurement": limit.maxMs / 1000,
};
await writeFile(
  path.join(projectRoot, "docs", "benchmarks.json"),
  `${JSON.stringify({ environment, results }, null, 2)}\n`,
);

/**
 * The budgets of an analysis at the "norway" scale: from the cache, API p50 ≤ raw p50;
 * uncached, p95 ≤ 50 ms at concurrency 1, and API/raw p95 ≤ 1.5 where the raw p95 exceeds 5 ms.
 */
const BUDGET = { p95Ms: 50, ratio: 1.5, ratioAboveRawP95Ms: 5, loadMs: 15_000, startToReadyMs: 5_000 };
const verdict = (met: boolean) => (met ? "met" : "**missed**");

const row = (q: QueryResult) => {
  const [a1, a16] = q.api;
  const [c1, c16] = q.cached;
  const [r1, r16] = q.raw;
  const g = q.inProcess;
  const budget = BENCH_QUERIES.find((b) => b.name === q.name)?.analysis
    ? [
        verdict((c1?.p50Ms ?? Infinity) <= (r1?.p50Ms ?? 0)),
        verdict((a1?.p95Ms ?? Infinity) <= BUDGET.p95Ms),
        (r1?.p95Ms ?? 0) > BUDGET.ratioAboveRawP95Ms ? verdict(q.ratioP95 <= BUDGET.ratio) : "–",
      ].join(" / ")
    : "–";
  const errors = [...q.api, ...q.cached, g, ...q.raw].reduce((sum, m) => sum + m.errors, 0);
  return `| ${q.name} | ${c1?.p50Ms} / ${c1?.p95Ms} | ${a1?.p50Ms} / ${a1?.p95Ms} / ${a1?.p99Ms} | ${g.p50Ms} / ${g.p95Ms} | ${r1?.p50Ms} / ${r1?.p95Ms} / ${r1?.p99Ms} | ${q.ratioP95} | ${a16?.p50Ms} / ${a16?.p95Ms} / ${a16?.p99Ms} | ${c16?.throughput} / ${a16?.throughput} / ${r16?.throughput} | ${a1?.requests} / ${a16?.requests} | ${errors} | ${budget} |`;
};
const sections = results.map(
  (r) => `### Scale ${r.scale}

${Object.entries(r.counts)
  .filter(([, n]) => n > 0)
  .map(([kind, n]) => `${n} ${kind}`)
  .join(", ")}.

Load through the seed loader: ${(r.loadMs / 1000).toFixed(1)} s (budget ${BUDGET.loadMs / 1000} s: ${verdict(r.loadMs <= BUDGET.loadMs)}).
Service start to ready (warm Neo4j): ${(r.startToReadyMs / 1000).toFixed(1)} s (budget ${BUDGET.startToReadyMs / 1000} s: ${verdict(r.startToReadyMs <= BUDGET.startToReadyMs)}).
Load average (1 min) of the machine before / after: ${r.loadAverage.join(" / ")}.
Answers of the cached API not served from the cache, beyond the first call of each query: ${
    r.queries
      .filter((q) => q.cacheMisses > 1)
      .map((q) => `${q.name}: ${q.cacheMisses - 1}`)
      .join("; ") || "none"
  }.

| query | cached API p50 / p95 ms, c=1 | API p50 / p95 / p99 ms, c=1 | in-process GraphQL p50 / p95 ms, c=1 | raw Cypher p50 / p95 / p99 ms, c=1 | API/raw p95, c=1 | API p50 / p95 / p99 ms, c=16 | req/s, c=16: cached / API / raw | samples, c=1 / c=16 | errors | budget: cached p50 ≤ raw p50 / p95 ≤ ${BUDGET.p95Ms} ms / ratio ≤ ${BUDGET.ratio} |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${r.queries.map(row).join("\n")}
`,
);
/** A query's API p95 at one scale, with the size of its answer: a time should grow no faster than that. */
const curveCell = (q: QueryResult | undefined) =>
  q ? `${q.api[0]?.p95Ms} (${(q.answerBytes / 1000).toFixed(1)} kB)` : "";
const curve = `### Scaling curve (API p95 ms at c=1, with the answer's size)

| query | ${results.map((r) => `scale ${r.scale}`).join(" | ")} |
| --- | ${results.map(() => "---").join(" | ")} |
${benchQueries.map((q) => `| ${q.name} | ${results.map((r) => curveCell(r.queries.find((x) => x.name === q.name))).join(" | ")} |`).join("\n")}
`;
// The figures go between the markers; the notes around them are written by hand.
const START = "<!-- results: written by npm run bench -->";
const END = "<!-- end of results -->";
const markdownFile = path.join(projectRoot, "docs", "benchmarks.md");
const markdown = await readFile(markdownFile, "utf8");
const [before, rest] = markdown.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined)
  throw new Error(`${markdownFile} lacks the markers ${START} and ${END}`);
const generated = `Run on ${environment.date} (commit ${environment.commit}): ${environment.machine}, ${environment.os}; Node ${environment.node},
Neo4j ${environment.neo4j} (${environment["neo4j memory"]}), @neo4j/graphql ${environment["@neo4j/graphql"]}, @apollo/server ${environment["@apollo/server"]}, graphql ${environment.graphql}, neo4j-driver ${environment["neo4j-driver"]}, express ${environment.express}.
docs/benchmarks.json holds every sample.
Each query ran ${requests} times (or as many as
fit in ${limit.maxMs / 1000} s: see the samples column) at concurrency 1, through the API (HTTP) with the response
cache warm ("cached API") and with it off ("API"), through the same GraphQL schema in-process
and as raw Cypher over the driver, one call of each in turn; and ${requests * 2} times at
concurrency 16 each way but in-process; all after a warm-up. Each scale says how many
answers of the cached API did not come from the cache.

${sections.join("\n")}
${results.length > 1 ? curve : ""}`;
await writeFile(markdownFile, `${before}${START}\n${generated}${END}${after}`);
log("Wrote docs/benchmarks.md and docs/benchmarks.json");
if (earlier) log(`\nChange against ${values.compare}:\n${compareRuns(earlier, { environment, results })}`);
