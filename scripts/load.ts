// `npm run load [-- --scale norway --duration 60 --connections 32 --cache off]`: a dashboard's mix of
// requests against the service on loopback, bounded in time and count. Without --scale it runs over the
// seeded graph on the local Neo4j; with one, over that generated scale in the benchmark's own Neo4j.
// Keeps every run's figures in docs/load.json, one per scale and cache setting, and writes them to docs/load.md.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { BENCH_NEO4J, loadScale, scaleNamed } from "../src/bench/scale-graph.js";
import { loadConfig, projectRoot } from "../src/config/index.js";
import { openDatabase } from "../src/db/database.js";
import { SERVE_TIMEOUT_MS, servedUrl, startProgram } from "../src/process/program.js";

const { values } = parseArgs({
  options: {
    // "seed": the seeded graph of the local Neo4j (as npm start serves it); else a scale of npm run bench.
    scale: { type: "string", default: "seed" },
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "32" },
    "max-requests": { type: "string", default: "2000000" },
    "max-growth-mb": { type: "string", default: "200" },
    // The response cache (docs/cache.md): off, every request is computed afresh.
    cache: { type: "string", default: "on" },
  },
});
if (!["on", "off"].includes(values.cache)) throw new Error('--cache is "on" or "off"');
const duration = Number(values.duration);
const connections = Number(values.connections);
const SETTLE_MS = 10_000;

/** What the mix asks about: a county, a network and a month that hold data at that scale. */
interface MixScope {
  county: string;
  network: string;
  month: { from: string; to: string };
}
const SEEDED: MixScope = {
  county: "Trøndelag",
  network: "trondelag-sorvest",
  month: { from: "2024-11-01", to: "2024-11-30" },
};
// The ids and the busiest month of src/bench/generate.ts.
const GENERATED: MixScope = {
  county: "Fylke 1",
  network: "nettverk-1",
  month: { from: "2025-03-01", to: "2025-03-31" },
};

/** What a dashboard asks, round-robin per connection: its pages' questions, the national month a page at a time. */
const mix = ({ county, network, month }: MixScope): [string, string][] => [
  [
    "partnershipMatrix",
    `{ partnershipMatrix(county: "${county}") { institutions { id } rows { network { name } cells { primary { name } backup { name } } } } }`,
  ],
  [
    "networkPartners",
    `{ networkPartners(network: "${network}") { institutions { institution { name } supporters { person { name } role } initiatives { name } } } }`,
  ],
  ["fragileNetworks", "{ fragileNetworks { network { name } reasons } }"],
  [
    "uncoveredMunicipalities",
    `{ uncoveredMunicipalities(network: "${network}", scheme: "rekom") { membershipKnown municipalities { name } } }`,
  ],
  ["personLoad", "{ personLoad(limit: 10) { person { name } networks primary backup } }"],
  [
    "meetingsBetween (a network's month)",
    `{ meetingsBetween(from: "${month.from}", to: "${month.to}", network: "${network}") { date startTime title forums { name } } }`,
  ],
  [
    "meetingsPage (the national month, first 50)",
    `{ meetingsPage(from: "${month.from}", to: "${month.to}", first: 50) { totalCount pageInfo { endCursor hasNextPage } meetings { date startTime title } } }`,
  ],
  ["meetingCounts", `{ meetingCounts(from: "${month.from}", to: "${month.to}") { period meetings } }`],
  ["upcomingDeadlines", `{ upcomingDeadlines(after: "${month.from}") { date step } }`],
  [
    "generated list",
    "{ meetingsConnection(first: 10, sort: [{ date: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { date title initiatives { name network { name } } } } } }",
  ],
];

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const round = (n: number) => Math.round(n * 10) / 10;

/** A full garbage collection in the service (src/bench/gc-on-signal.mjs), and a moment for it to finish. */
async function collectGarbage(child: ChildProcess): Promise<void> {
  child.kill("SIGUSR2");
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** CPU seconds (user and system) a process has used, from /proc: fields 14 and 15 of its stat, in ticks of 1/100 s. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Where the machine's time went during the load: Neo4j (when it is ours), the service, and this client. */
function cpuNow(service: ChildProcess): { neo4j?: number; service: number; client: number } {
  const usage = process.cpuUsage();
  return {
    ...(database?.pid === undefined ? {} : { neo4j: cpuSeconds(database.pid) }),
    service: service.pid === undefined ? 0 : cpuSeconds(service.pid),
    client: (usage.user + usage.system) / 1e6,
  };
}

function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/** Where the service's memory is: resident, the V8 heap (used and reserved), outside it, and the cached answers (MB). */
interface Memory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  cache: number;
}

async function memoryOf(child: ChildProcess, url: string, token: string): Promise<Memory> {
  const text = await (await fetch(new URL("/metrics", url), { headers: { authorization: `Bearer ${token}` } })).text();
  const metric = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, "m").exec(text)?.[1] ?? 0);
  return {
    rss: rssMb(child),
    heapUsed: mb(metric("nodejs_heap_size_used_bytes")),
    heapTotal: mb(metric("nodejs_heap_size_total_bytes")),
    external: mb(metric("nodejs_external_memory_bytes")),
    cache: Math.round((metric("kompetansegraf_response_cache_bytes") / 2 ** 20) * 10) / 10,
  };
}

// A generated scale goes into the benchmark's Neo4j; the seeded graph is the local Neo4j's, as npm start serves it.
const generated = values.scale !== "seed";
const config = loadConfig(generated ? { ...BENCH_NEO4J, ...process.env } : process.env);
const database = generated ? await openDatabase(config, console.log) : undefined;
let loadMs: number | undefined;
if (database) {
  const scale = scaleNamed(values.scale);
  ({ loadMs } = await loadScale(database.driver, database.target.database, scale, console.log));
}

const metricsToken = randomBytes(16).toString("hex");
const service = startProgram(
  {
    ...process.env,
    ...(database ? { NEO4J_URI: database.target.uri, NEO4J_PASSWORD: database.target.password } : {}),
    PORT: "0",
    HOST: "127.0.0.1",
    LIMIT_PAGE_SIZE: "1000",
    CACHE_ENABLED: String(values.cache === "on"),
    METRICS_TOKEN: metricsToken,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${path.join(projectRoot, "src/bench/gc-on-signal.mjs")}`]
      .filter(Boolean)
      .join(" "),
  },
  undefined,
  { echoErrors: true },
);
const { child } = service;
const requests = mix(generated ? GENERATED : SEEDED);
try {
  const url = await servedUrl(service, SERVE_TIMEOUT_MS);
  const body = (query: string) => JSON.stringify({ query });
  for (const [name, query] of requests) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body(query),
    });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(`${name}, a request of the mix, fails: ${JSON.stringify(json.errors)}`);
  }
  await collectGarbage(child);
  const before = await memoryOf(child, url, metricsToken);
  const machineLoad = Number(os.loadavg()[0]?.toFixed(2));
  console.log(`Loading ${url} for ${duration} s with ${connections} connections…`);
  const cpuBefore = cpuNow(child);
  const result = await autocannon({
    url,
    connections,
    duration,
    maxOverallRequests: Number(values["max-requests"]),
    requests: requests.map(([, query]) => ({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body(query),
    })),
  });
  const cpuAfter = cpuNow(child);
  const after = await memoryOf(child, url, metricsToken);
  // What the service keeps once the load is over, apart from garbage V8 had no reason yet to collect.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await collectGarbage(child);
  const settled = await memoryOf(child, url, metricsToken);
  const errors = result.errors + result.non2xx + result.timeouts;
  const run: LoadRun = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    machineLoad,
    scale: values.scale,
    cache: values.cache,
    ...(loadMs !== undefined ? { loadMs } : {}),
    duration,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors,
    failures: { errors: result.errors, non2xx: result.non2xx, timeouts: result.timeouts },
    memory: { before, after, settled },
    cpuSeconds: {
      ...(cpuAfter.neo4j !== undefined && cpuBefore.neo4j !== undefined
        ? { neo4j: round(cpuAfter.neo4j - cpuBefore.neo4j) }
        : {}),
      service: round(cpuAfter.service - cpuBefore.service),
      client: round(cpuAfter.client - cpuBefore.client),
      available: os.cpus().length * duration,
    },
  };
  console.log(JSON.stringify(run, null, 2));
  writeRuns(run);
  const growth = after.rss - before.rss;
  if (errors > 0 || growth > Number(values["max-growth-mb"])) {
    console.error(`Failed: ${errors} errors, memory grew by ${growth} MB`);
    process.exitCode = 1;
  }
} finally {
  child.kill("SIGINT");
  await database?.close();
}

interface LoadRun {
  date: string;
  machine: string;
  machineLoad: number;
  scale: string;
  cache: string;
  loadMs?: number;
  duration: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  /** autocannon's three kinds of failure, whose sum is errors. */
  failures?: { errors: number; non2xx: number; timeouts: number };
  /** CPU seconds used during the load by Neo4j (when the load test started or reused it), the service and the client. */
  cpuSeconds?: { neo4j?: number; service: number; client: number; available: number };
  /** Before the load and when settled, each read after a full garbage collection. */
  memory: { before: Memory; after: Memory; settled: Memory };
}

/** The latest run of each scale and cache setting, in docs/load.json and as a table between docs/load.md's markers. */
function writeRuns(run: LoadRun): void {
  const jsonFile = path.join(projectRoot, "docs", "load.json");
  const runs: LoadRun[] = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, "utf8")) as LoadRun[]) : [];
  const kept = [...runs.filter((r) => r.scale !== run.scale || r.cache !== run.cache), run].sort((a, b) =>
    `${a.scale}/${a.cache}`.localeCompare(`${b.scale}/${b.cache}`),
  );
  writeFileSync(jsonFile, `${JSON.stringify(kept, null, 2)}\n`);
  const memory = (m: Memory) =>
    `${m.rss} (heap ${m.heapUsed} of ${m.heapTotal}, external ${m.external}, cache ${m.cache})`;
  const errors = ({ errors, failures }: LoadRun) =>
    failures && errors > 0
      ? `${errors} (${Object.entries(failures)
          .filter(([, n]) => n > 0)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(", ")})`
      : String(errors);
  const perRequest = (seconds: number | undefined, r: LoadRun) =>
    seconds === undefined ? "–" : `${seconds} (${round((seconds * 1000) / r.requests)})`;
  const cpu = (r: LoadRun) =>
    r.cpuSeconds
      ? `${perRequest(r.cpuSeconds.neo4j, r)} / ${perRequest(r.cpuSeconds.service, r)} / ${perRequest(r.cpuSeconds.client, r)} of ${r.cpuSeconds.available}`
      : "not recorded";
  const table = [
    `The mix: ${requests.map(([name]) => name).join(", ")}.`,
    "",
    "| scale | cache | date | machine load before | requests/s | latency p50 / p99 ms | requests | errors | CPU s (ms a request): Neo4j / service / client | RSS growth MB: at the end / kept | memory MB before → at the end of the load → 10 s later (before and 10 s later: after a full GC) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...kept.map(
      (r) =>
        `| ${r.scale} | ${r.cache} | ${r.date} | ${r.machineLoad} | ${r.requestsPerSecond} | ${r.latencyP50Ms} / ${r.latencyP99Ms} | ${r.requests} | ${errors(r)} | ${cpu(r)} | ${r.memory.after.rss - r.memory.before.rss} / ${r.memory.settled.rss - r.memory.before.rss} | ${memory(r.memory.before)} → ${memory(r.memory.after)} → ${memory(r.memory.settled)} |`,
    ),
  ].join("\n");
  const START = "<!-- runs: written by npm run load -->";
  const END = "<!-- end of runs -->";
  const markdownFile = path.join(projectRoot, "docs", "load.md");
  const [head, rest] = readFileSync(markdownFile, "utf8").split(START);
  const tail = rest?.split(END)[1];
  if (head === undefined || tail === undefined)
    throw new Error(`${markdownFile} lacks the markers ${START} and ${END}`);
  writeFileSync(markdownFile, `${head}${START}\n${table}\n${END}${tail}`);
}
