// `npm run load [-- --duration 60 --connections 32 --cache off]`: a dashboard's mix of requests against
// the service on loopback, bounded in time and count; writes the figures to docs/load.md.
import type { ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { projectRoot } from "../src/config/index.js";
import { SERVE_TIMEOUT_MS, servedUrl, startProgram } from "../src/process/program.js";

const { values } = parseArgs({
  options: {
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

/** What a dashboard asks, round-robin per connection. */
const MIX: [string, string][] = [
  [
    "partnershipMatrix",
    '{ partnershipMatrix(county: "Trøndelag") { institutions { id } rows { network { name } cells { primary { name } backup { name } } } } }',
  ],
  [
    "networkPartners",
    '{ networkPartners(network: "trondelag-sorvest") { institutions { institution { name } supporters { person { name } role } initiatives { name } } } }',
  ],
  ["fragileNetworks", "{ fragileNetworks { network { name } reasons } }"],
  [
    "uncoveredMunicipalities",
    '{ uncoveredMunicipalities(network: "trondelag-sorvest", scheme: "rekom") { membershipKnown municipalities { name } } }',
  ],
  ["personLoad", "{ personLoad(limit: 10) { person { name } networks primary backup } }"],
  [
    "meetingsBetween",
    '{ meetingsBetween(from: "2024-11-01", to: "2024-11-30") { date startTime title forums { name } } }',
  ],
  ["upcomingDeadlines", '{ upcomingDeadlines(after: "2025-03-01") { date step } }'],
  [
    "generated list",
    "{ meetingsConnection(first: 10, sort: [{ date: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { date title initiatives { name network { name } } } } } }",
  ],
];

function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const service = startProgram(
  {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    LIMIT_PAGE_SIZE: "1000",
    CACHE_ENABLED: String(values.cache === "on"),
  },
  undefined,
  { echoErrors: true },
);
const { child } = service;
const url = await servedUrl(service, SERVE_TIMEOUT_MS);
try {
  const body = (query: string) => JSON.stringify({ query });
  for (const [, query] of MIX) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body(query),
    });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(`A request of the mix fails: ${JSON.stringify(json.errors)}`);
  }
  const before = rssMb(child);
  const machineLoad = os.loadavg()[0]?.toFixed(2);
  console.log(`Loading ${url} for ${duration} s with ${connections} connections…`);
  const result = await autocannon({
    url,
    connections,
    duration,
    maxOverallRequests: Number(values["max-requests"]),
    requests: MIX.map(([, query]) => ({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body(query),
    })),
  });
  const after = rssMb(child);
  const errors = result.errors + result.non2xx + result.timeouts;
  const growth = after - before;
  const figures = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    duration,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors,
    rssBeforeMb: before,
    rssAfterMb: after,
  };
  console.log(figures);
  writeFileSync(
    path.join(projectRoot, "docs", "load.md"),
    `# Load test

\`npm run load\` (scripts/load.ts) starts the service over the seeded graph on the local
Neo4j, checks that every request of a dashboard's mix answers without errors, then sends
the mix round-robin from ${connections} connections for ${duration} s over loopback
(autocannon), bounded also to ${values["max-requests"]} requests. It fails when any request fails or
the service's resident memory grows by more than ${values["max-growth-mb"]} MB.

The mix: ${MIX.map(([name]) => name).join(", ")}.

| measure | value |
| --- | --- |
| date | ${figures.date} |
| machine | ${figures.machine}, Node ${figures.node} |
| machine load before (1-minute average; the machine is shared) | ${machineLoad} |
| response cache | ${values.cache} |
| requests | ${figures.requests} |
| requests/s | ${figures.requestsPerSecond} |
| latency p50 | ${figures.latencyP50Ms} ms |
| latency p99 | ${figures.latencyP99Ms} ms |
| errors (errors, non-2xx, timeouts) | ${figures.errors} |
| service memory (RSS) before → after | ${figures.rssBeforeMb} MB → ${figures.rssAfterMb} MB |
`,
  );
  if (errors > 0 || growth > Number(values["max-growth-mb"])) {
    console.error(`Failed: ${errors} errors, memory grew by ${growth} MB`);
    process.exitCode = 1;
  }
} finally {
  child.kill("SIGINT");
}
