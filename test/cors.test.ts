// A page on another origin calls the API from a real browser (Debian's Chromium).
import http from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "../src/http/server.js";
import { useSeededGraph } from "./support/api.js";
import { launchChromium } from "./support/browser.js";
import { useHttpService } from "./support/http.js";
import { signToken, TEST_JWT_SECRET } from "./support/tokens.js";

// The dashboard's page: its own server, so its origin is not the API's.
const pageServer = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>Dashboard</title>");
});
let pageOrigin = "";
let browser: Browser;
let page: Page;

beforeAll(async () => {
  pageOrigin = `http://localhost:${await listen(pageServer, "127.0.0.1", 0)}`;
  allowedEnvironment.CORS_ORIGINS = pageOrigin;
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(pageOrigin);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => pageServer.close(resolve));
});

useSeededGraph();
// Read when the service starts, after the page server has its port.
const allowedEnvironment = { JWT_SECRET: TEST_JWT_SECRET, CORS_ORIGINS: "" };
const allowed = useHttpService(allowedEnvironment);
const elsewhere = useHttpService({ JWT_SECRET: TEST_JWT_SECRET, CORS_ORIGINS: "http://planner.example" });
const production = useHttpService({ JWT_SECRET: TEST_JWT_SECRET, NODE_ENV: "production" });

/** What the page sees of three cross-origin calls: a query, a mutation with a token, the calendar feed. */
function callFromPage(api: string, token: string) {
  return page.evaluate(
    async ({ api, token }) => {
      const attempt = async (call: () => Promise<unknown>) => call().catch((error: Error) => `refused: ${error.name}`);
      const post = (body: object, headers: Record<string, string> = {}) =>
        fetch(api, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      return {
        query: await attempt(() => post({ query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' })),
        mutation: await attempt(() =>
          post(
            { query: 'mutation { deleteSchemes(where: { id: { eq: "no-such-scheme" } }) { nodesDeleted } }' },
            { authorization: `Bearer ${token}` },
          ),
        ),
        feed: await attempt(() =>
          fetch(new URL("/calendar/tsv-rekom-dmmh-2024-25.ics", api))
            .then((r) => r.text())
            .then((t) => t.split("\r\n")[0]),
        ),
      };
    },
    { api, token },
  );
}

const editorToken = () => signToken({ roles: ["editor"] });

describe("a dashboard on another origin, in Chromium", () => {
  it("calls the API, with a token, and reads a calendar feed when CORS_ORIGINS names its origin", async () => {
    expect(await callFromPage(allowed.url(), await editorToken())).toEqual({
      query: { data: { schemes: [{ name: "Rekom" }] } },
      mutation: { data: { deleteSchemes: { nodesDeleted: 0 } } },
      feed: "BEGIN:VCALENDAR",
    });
  });

  it("is refused by the browser when CORS_ORIGINS names other origins, and in production when it is unset", async () => {
    const refused = { query: "refused: TypeError", mutation: "refused: TypeError", feed: "refused: TypeError" };
    expect(await callFromPage(elsewhere.url(), await editorToken())).toEqual(refused);
    expect(await callFromPage(production.url(), await editorToken())).toEqual(refused);
  });
});
