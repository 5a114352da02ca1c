// `npm run bench:web [-- --runs 10 --skip-load --no-uncached]`: the dashboard's speed at the
// "norway" scale in headless Chromium. Reads the built dashboard (web/dist) for the initial
// JavaScript and what loads on demand; loads the scale into a Neo4j of its own; starts the
// service; and times every page from navigation start until it shows its data, cold and warm,
// with the response cache on and (cold) off. Writes docs/benchmarks-web.json and the figures
// between the web markers of docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import { currentCommit, loadAverage, machine, packageVersion } from "../src/bench/environment.js";
import { SCALES } from "../src/bench/generate.js";
import { BENCH_NEO4J, loadScale } from "../src/bench/scale-graph.js";
import { readBundle } from "../src/bench/web-bundle.js";
import { type PageResult, renderWebResults, replaceBetween, type Visit, type WebRun } from "../src/bench/web-report.js";
import { loadConfig, projectRoot } from "../src/config/index.js";
import { openDatabase } from "../src/db/database.js";
import { type ProgramProcess, SERVE_TIMEOUT_MS, servedUrl, startProgram } from "../src/process/program.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10" },
    // Measure the graph an earlier run loaded into the benchmark's Neo4j, without loading it again.
    "skip-load": { type: "boolean", default: false },
    // Leave out the cold visits with the response cache off.
    "no-uncached": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
// The code measured is the code as it is now, before anything below is written.
const commit = currentCommit();
const scale = SCALES.norway!;

// The generated graph holds meetings in 2025 only: the browser's clock is set to this day, so
// that the pages' "next meetings" have some to show, as they would on a real day.
const BROWSER_TODAY = "2025-03-03T09:00:00Z";

/**
 * The seven pages (the Årshjul twice: for one network, and at its own address for all of them),
 * each at an address a planner would open (the generated graph's county
 * "Fylke 1", number 01, its network nettverk-1, the scheme rekom), and what is on the page
 * only once its data is drawn. A page is shown when that is there and no part of it is still
 * loading (every loading state of the dashboard is a role="status").
 */
const PAGES: { name: string; path: string; shown: string }[] = [
  { name: "Oversikt", path: "/?fylke=Fylke+1", shown: "#datakvalitet" },
  { name: "Dekningskart", path: "/dekningskart?fylke=alle&ordning=rekom", shown: "svg.coverage-map path" },
  {
    name: "Partnerskap",
    path: "/partnerskap?fylke=Fylke+1&ordning=kompetanseloftet",
    shown: '[data-testid="partnerskap"]',
  },
  { name: "Hull", path: "/hull?fylke=Fylke+1&ordning=rekom&institusjon=uh-1", shown: "main table" },
  { name: "Nettverkskort", path: "/nettverk/nettverk-1", shown: ".network-view-canvas canvas" },
  { name: "Årshjul", path: "/arshjul?maned=2025-03&nettverk=nettverk-1", shown: '[data-testid="maned"]' },
  // The page's own address: every network's month, too busy for the grid, as meetings per day.
  { name: "Årshjul, all networks", path: "/arshjul?maned=2025-03", shown: '[data-testid="maned"]' },
  { name: "Personer", path: "/personer?fylke=Fylke+1", shown: "main table" },
];

const log = (line: string) => console.log(line);

// What the functions run in the page use of the DOM (this program's types are Node's).
interface PageElement {
  textContent: string | null;
  querySelector(selector: string): PageElement | null;
}
interface ResourceEntry {
  name: string;
  responseEnd: number;
  transferSize: number;
}

const dist = path.join(projectRoot, "web", "dist");
if (!existsSync(path.join(dist, "index.html"))) {
  log("web/dist is missing: building the dashboard");
  execFileSync(path.join(projectRoot, "node_modules", ".bin", "vite"), ["build", "web", "--logLevel", "warn"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}
const bundle = await readBundle(dist);
log(`Initial JavaScript: ${(bundle.initialGzipBytes / 1000).toFixed(1)} kB gzipped`);

// A Neo4j of its own beside the API benchmark's, so that each keeps its loaded scale (--skip-load).
const config = loadConfig({
  ...BENCH_NEO4J,
  LOCAL_NEO4J_BOLT_PORT: "17690",
  LOCAL_NEO4J_DATA_DIR: ".data/neo4j-bench-web",
  ...process.env,
});
const database = await openDatabase(config, log);
const { target } = database;

/** Navigates and waits until the page shows its data; then reads its requests from Resource Timing. */
async function visit(page: Page, url: string, shown: string): Promise<Visit> {
  const finished: Request[] = [];
  const collect = (request: Request) => {
    if (new URL(request.url()).pathname === "/graphql") finished.push(request);
  };
  page.on("requestfinished", collect);
  await page.goto(url, { waitUntil: "commit" });
  let readyMs: number | undefined;
  let error: string | undefined;
  try {
    const handle = await page.waitForFunction(
      (selector) => {
        const { document } = globalThis as unknown as { document: PageElement };
        const main = document.querySelector("main");
        const alert = main?.querySelector('[role="alert"]');
        if (alert) return { error: alert.textContent ?? "an error" };
        if (!main || main.querySelector('[role="status"]') || !main.querySelector(selector)) return false;
        return { readyMs: performance.now() };
      },
      shown,
      { polling: "raf", timeout: 20_000 },
    );
    ({ readyMs, error } = (await handle.jsonValue()) as { readyMs?: number; error?: string });
  } catch (failure) {
    error = failure instanceof Error ? failure.message.split("\n")[0] : String(failure);
  }
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const requests = await page.evaluate(() => {
    const entries = performance.getEntriesByType("resource") as unknown as ResourceEntry[];
    const scripts = entries.filter((e) => new URL(e.name).pathname.endsWith(".js"));
    const graphql = entries.filter((e) => new URL(e.name).pathname === "/graphql");
    return {
      graphqlEndMs: Math.max(0, ...graphql.map((e) => e.responseEnd)),
      graphqlRequests: graphql.length,
      scriptsEndMs: Math.max(0, ...scripts.map((e) => e.responseEnd)),
      scriptBytes: scripts.reduce((sum, e) => sum + e.transferSize, 0),
    };
  });
  page.off("requestfinished", collect);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  const operations = await Promise.all(
    finished.map(async (request) => {
      const timing = request.timing();
      const startMs = timing.startTime - timeOrigin;
      return {
        name: /\b(?:query|mutation)\s+(\w+)/.exec(request.postData() ?? "")?.[1] ?? "?",
        startMs: round(startMs),
        endMs: round(startMs + timing.responseEnd),
        bytes: (await request.sizes()).responseBodySize,
      };
    }),
  );
  return {
    ...(readyMs === undefined ? {} : { readyMs: round(readyMs) }),
    ...(error === undefined ? {} : { error }),
    graphqlEndMs: round(requests.graphqlEndMs),
    graphqlRequests: requests.graphqlRequests,
    scriptsEndMs: round(requests.scriptsEndMs),
    scriptBytes: requests.scriptBytes,
    operations,
  };
}

async function startService(cacheEnabled: boolean): Promise<{ program: ProgramProcess; baseUrl: string }> {
  const program = startProgram(
    {
      ...process.env,
      PORT: "0",
      NEO4J_URI: target.uri,
      NEO4J_PASSWORD: target.password,
      CACHE_ENABLED: String(cacheEnabled),
    },
    undefined,
    { echoErrors: true },
  );
  const url = await servedUrl(program, SERVE_TIMEOUT_MS);
  while ((await fetch(new URL("/readyz", url))).status !== 200) await new Promise((r) => setTimeout(r, 20));
  return { program, baseUrl: url.replace(/\/graphql$/, "") };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const chromiumVersion = browser.version();
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    viewport: { width: 1400, height: 900 },
  });
  // Only Date moves: performance.now() and the timers keep the real clock. A string, as tsx
  // would wrap a function's named parts in a helper the page does not have.
  await context.addInitScript(`{
    const offset = ${Date.parse(BROWSER_TODAY)} - Date.now();
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
      static now() { return RealDate.now() + offset; }
    };
  }`);
  return context;
}

/**
 * Every page `runs` times, the pages in turn so that each sees the same machine; one
 * unmeasured round first, so that the service has compiled its code and cached its answers.
 */
async function measurePages(baseUrl: string, withWarm: boolean): Promise<{ cold: Visit[]; warm: Visit[] }[]> {
  const results = PAGES.map(() => ({ cold: [] as Visit[], warm: [] as Visit[] }));
  for (let round = 0; round <= runs; round++) {
    for (const [n, page] of PAGES.entries()) {
      const context = await newContext();
      const tab = await context.newPage();
      const cold = await visit(tab, baseUrl + page.path, page.shown);
      const warm = withWarm ? await visit(tab, baseUrl + page.path, page.shown) : undefined;
      await context.close();
      if (round === 0) continue;
      results[n]?.cold.push(cold);
      if (warm) results[n]?.warm.push(warm);
    }
    if (round > 0) log(`  round ${round} of ${runs}, load average ${loadAverage()}`);
  }
  return results;
}

const loads: number[] = [];
let loadMs: number | undefined;
let counts: Record<string, number>;
let cached: { cold: Visit[]; warm: Visit[] }[] = [];
let uncached: { cold: Visit[] }[] = [];
try {
  if (!values["skip-load"]) {
    ({ counts, loadMs } = await loadScale(database.driver, target.database, scale, log));
    log(`Scale ${scale.name}: loaded in ${loadMs} ms`);
  } else {
    const { records } = await database.driver.executeQuery(
      "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n",
      {},
      { database: target.database },
    );
    counts = Object.fromEntries(records.map((r) => [String(r.get("label")), Number(r.get("n"))]));
  }
  for (const cacheEnabled of values["no-uncached"] ? [true] : [true, false]) {
    loads.push(loadAverage());
    const service = await startService(cacheEnabled);
    log(`Measuring the pages with the response cache ${cacheEnabled ? "on" : "off"} (load average ${loads.at(-1)})`);
    try {
      const results = await measurePages(service.baseUrl, cacheEnabled);
      if (cacheEnabled) cached = results;
      else uncached = results;
    } finally {
      service.program.child.kill("SIGINT");
      await service.program.exited;
    }
  }
  loads.push(loadAverage());
} finally {
  await browser.close();
  await database.close();
}

const pages: PageResult[] = PAGES.map((page, n) => ({
  name: page.name,
  path: page.path,
  cold: cached[n]?.cold ?? [],
  warm: cached[n]?.warm ?? [],
  uncached: uncached[n]?.cold ?? [],
}));
const run: WebRun = {
  environment: {
    date: new Date().toISOString().slice(0, 10),
    commit,
    ...machine(),
    node: process.version,
    chromium: `Chromium ${chromiumVersion}`,
    "playwright-core": packageVersion("playwright-core"),
    react: packageVersion("react"),
    vite: packageVersion("vite"),
    neo4j: config.neo4j.uri ? "external" : config.localNeo4j.version,
    "browser today": BROWSER_TODAY,
  },
  loadAverage: loads,
  scale: { name: scale.name, counts, ...(loadMs === undefined ? {} : { loadMs }) },
  runs,
  bundle,
  pages,
};
await writeFile(path.join(projectRoot, "docs", "benchmarks-web.json"), `${JSON.stringify(run, null, 2)}\n`);
const markdownFile = path.join(projectRoot, "docs", "benchmarks.md");
await writeFile(
  markdownFile,
  replaceBetween(
    await readFile(markdownFile, "utf8"),
    "<!-- web results: written by npm run bench:web -->",
    "<!-- end of web results -->",
    renderWebResults(run),
  ),
);
log("Wrote docs/benchmarks.md and docs/benchmarks-web.json");
