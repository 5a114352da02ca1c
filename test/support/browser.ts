import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { projectRoot } from "../../src/config/index.js";
import { useSeededGraph } from "./api.js";
import { useHttpService } from "./http.js";

const web = path.join(projectRoot, "web");
const axeSource = readFileSync(path.join(projectRoot, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Builds web/dist when it is missing or older than a source of the dashboard, so tests see the code they test. */
export function buildDashboardIfStale(): void {
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const file = path.join(dir, entry.name);
        return entry.isDirectory() ? newest(file) : statSync(file).mtimeMs;
      }),
    );
  let built = 0;
  try {
    built = statSync(path.join(web, "dist", "index.html")).mtimeMs;
  } catch {
    // not built yet
  }
  // GraphiQL's tabs are the README's example queries.
  const pages = ["web/index.html", "web/graphiql.html", "README.md"].map(
    (file) => statSync(path.join(projectRoot, file)).mtimeMs,
  );
  const sources = Math.max(newest(path.join(web, "src")), ...pages);
  if (built < sources) {
    execFileSync(path.join(projectRoot, "node_modules", ".bin", "vite"), ["build", web, "--logLevel", "warn"], {
      stdio: "inherit",
      // vitest sets NODE_ENV=test, which would make this React's development build, not what npm install builds.
      env: { ...process.env, NODE_ENV: "production" },
    });
  }
}

/** Debian's Chromium, headless (CHROMIUM_PATH to use another): Playwright's own download is not reachable. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
}

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

export interface DashboardBrowser {
  /**
   * A new page (its own context: no shared cache or storage) at a path of the dashboard, once it
   * has drawn; `prepare` sets the context up (routes, listeners) before the page is requested.
   */
  open(pathAndQuery: string, prepare?: (context: BrowserContext) => Promise<void>): Promise<Page>;
  baseUrl(): string;
  /** axe-core's serious and critical violations on the page as it is now. */
  seriousViolations(page: Page): Promise<Violation[]>;
  /** Saves a full-page screenshot to $SCREENSHOTS (docs/screenshots via npm run screenshots) or .data/screenshots. */
  screenshot(page: Page, name: string): Promise<string>;
}

/**
 * For a browser test file: the seeded graph, the whole service over HTTP on a free port
 * serving the built dashboard (with extra settings), and one headless Chromium (Debian's; CHROMIUM_PATH to use another).
 */
export function useDashboard(environment: Record<string, string> = {}): DashboardBrowser {
  useSeededGraph();
  const service = useHttpService(environment);
  let browser: Browser | undefined;
  beforeAll(async () => {
    buildDashboardIfStale();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const baseUrl = () => service.url().replace(/\/graphql$/, "");
  return {
    baseUrl,
    async open(pathAndQuery, prepare) {
      if (!browser) throw new Error("useDashboard: used outside a test");
      const context = await browser.newContext({
        locale: "nb-NO",
        timezoneId: "Europe/Oslo",
        viewport: { width: 1400, height: 900 },
      });
      await prepare?.(context);
      const page = await context.newPage();
      await page.goto(baseUrl() + pathAndQuery);
      return page;
    },
    async seriousViolations(page) {
      // Evaluated through the DevTools protocol: the page's Content-Security-Policy forbids inline scripts.
      await page.evaluate(axeSource);
      const run = () =>
        page.evaluate(async () => {
          const result = await (
            globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }
          ).axe.run();
          return result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
        });
      // axe itself throws ("reading 'nthChild'") when a node it is describing leaves the page
      // mid-run, as GraphiQL's editors do: that is a crash of the check, not a finding, so it runs again.
      let violations: Awaited<ReturnType<typeof run>> | undefined;
      for (let attempt = 1; violations === undefined; attempt++) {
        try {
          violations = await run();
        } catch (error) {
          if (attempt === 3) throw error;
          await page.waitForTimeout(500);
        }
      }
      return violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
    },
    async screenshot(page, name) {
      const dir = path.resolve(projectRoot, process.env.SCREENSHOTS ?? ".data/screenshots");
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
