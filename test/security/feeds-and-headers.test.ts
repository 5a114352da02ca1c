// Small requests that used to stop or mislead the whole service (issue 24): a calendar feed of
// thousands of meetings built on the event loop, answers without nosniff, an HTML redirect
// under /assets, and the documented `network` field of POST /import refused.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, bearer } from "../support/tokens.js";

const graph = useSeededGraph();
const service = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });
const origin = () => new URL(service.url()).origin;
const database = () => testTarget().database;

/** The first of the institution's meetings: 300 days ago, so that all 5,000 lie in the default window. */
const FIRST = DateTime.now().setZone("Europe/Oslo").startOf("day").minus({ days: 300 });
const MEETINGS = 5_000;
const PER_DAY = 5;
/** 180 days of the institution's meetings: 900, within LIMIT_PAGE_SIZE (1000). */
const NARROW = `?from=${FIRST.toISODate()}&to=${FIRST.plus({ days: 179 }).toISODate()}`;

beforeAll(async () => {
  await graph.driver.executeQuery(
    `CREATE (inst:Institution {id: 'lasttest-hogskole', name: 'Lasttest høgskole'})
     CREATE (i:Initiative {id: 'lasttest-tiltak', name: 'Lasttest-tiltak'})-[:PARTNER]->(inst)
     WITH i
     UNWIND range(0, $meetings - 1) AS n
     CREATE (:Meeting {
       id: 'lasttest-' + n, title: 'Samling ' + n, date: date($first) + duration({days: n / $perDay}),
       startTime: localtime('10:00'), endTime: localtime('12:00'), place: 'Trondheim',
       agenda: ['Velkommen', 'Erfaringsdeling', 'Veien videre'], text: 'Samling', sources: []
     })-[:SERVES]->(i)`,
    { meetings: MEETINGS, perDay: PER_DAY, first: FIRST.toISODate() },
    { database: database() },
  );
});

async function feed(query = "") {
  const response = await fetch(`${origin()}/calendar/lasttest-hogskole.ics${query}`);
  return { status: response.status, cache: response.headers.get("x-cache"), text: await response.text() };
}

/**
 * Runs `work` while asking GET /healthz again and again; the slowest answer, in ms.
 * The event loop is shared: a request that blocks it delays every /healthz.
 */
async function slowestHealthzDuring<T>(work: Promise<T>): Promise<{ result: T; slowestMs: number }> {
  let done = false;
  const result = work.finally(() => {
    done = true;
  });
  let slowestMs = 0;
  while (!done) {
    const started = performance.now();
    expect((await fetch(`${origin()}/healthz`)).status).toBe(200);
    slowestMs = Math.max(slowestMs, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { result: await result, slowestMs };
}

describe("a calendar feed", () => {
  it("of 5,000 meetings in its window is refused at once, three at a time leaving /healthz answering", async () => {
    const { result, slowestMs } = await slowestHealthzDuring(Promise.all([feed(), feed(), feed()]));
    for (const answer of result) {
      expect(answer.status).toBe(400);
      expect(answer.text).toMatch(
        /^The feed from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} holds 5000 meetings; at most 1000 are served in one feed: narrow the range with \?from=YYYY-MM-DD&to=YYYY-MM-DD\n$/,
      );
    }
    expect(slowestMs).toBeLessThan(500);
  });

  it("of 900 meetings is built in turns, /healthz answering meanwhile, then served from the cache", async () => {
    const { result, slowestMs } = await slowestHealthzDuring(Promise.all([feed(NARROW), feed(NARROW), feed(NARROW)]));
    expect(slowestMs).toBeLessThan(500);
    for (const answer of result) {
      expect(answer.status).toBe(200);
      expect(answer.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(180 * PER_DAY);
    }
    // The same feed, as one of the three kept it (each build stamps its own DTSTAMP).
    const again = await feed(NARROW);
    expect([again.status, again.cache]).toEqual([200, "HIT"]);
    expect(result.map((answer) => answer.text)).toContain(again.text);
  });

  it("holds only the meetings of its window: a year back and two ahead by default, or ?from and ?to", async () => {
    const first = FIRST.toISODate() ?? "";
    const oneDay = await feed(`?from=${first}&to=${first}`);
    expect(oneDay.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(PER_DAY);
    // The seed's meetings are of 2024–26: Fosen's network has none; Trøndelag sørvest's are older than a year.
    const seeded = await fetch(`${origin()}/calendar/trondelag-sorvest.ics?from=2024-01-01&to=2024-12-31`);
    expect((await seeded.text()).match(/^BEGIN:VEVENT\r$/gm)?.length).toBeGreaterThan(0);
  });

  it.each([
    ["?from=2025-02-30", '?from="2025-02-30" is not a date: expected YYYY-MM-DD, a day of the calendar'],
    ["?to=tomorrow", '?to="tomorrow" is not a date: expected YYYY-MM-DD, a day of the calendar'],
    [
      "?from=2025-01-01&from=2025-02-01",
      '?from=["2025-01-01","2025-02-01"] is not a date: expected YYYY-MM-DD, a day of the calendar',
    ],
    ["?from=2025-06-01&to=2025-05-31", "The feed's range runs backwards: from 2025-06-01 to 2025-05-31"],
  ])("with %s is refused with 400 naming it", async (query, message) => {
    const response = await fetch(`${origin()}/calendar/fosen.ics${query}`);
    expect([response.status, response.headers.get("content-type"), await response.text()]).toEqual([
      400,
      "text/plain; charset=utf-8",
      `${message}\n`,
    ]);
  });
});

describe("every answer", () => {
  it.each([
    ["GET", "/healthz", 200],
    ["GET", "/readyz", 200],
    ["POST", "/graphql", 200],
    ["GET", "/calendar/fosen.ics", 200],
    ["GET", "/calendar/atlantis.ics", 404],
    ["POST", "/import", 401],
    ["GET", "/assets/missing-0000.js", 404],
    ["GET", "/finnes/ikke", 404],
    ["GET", "/", 200],
  ])("says X-Content-Type-Options: nosniff: %s %s", async (method, route, status) => {
    const response = await fetch(`${origin()}${route}`, {
      method,
      ...(method === "POST" && route === "/graphql"
        ? { headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) }
        : {}),
    });
    expect(response.status).toBe(status);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each(["/assets", "/assets/"])("to GET %s is plain text, never an HTML redirect", async (route) => {
    const response = await fetch(`${origin()}${route}`, { redirect: "manual", headers: { accept: "text/html" } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).not.toMatch(/<html|<!DOCTYPE/i);
  });
});

describe("POST /import", () => {
  it("takes the documented network field beside the file", async () => {
    const form = new FormData();
    const plan = await readFile(
      path.resolve(import.meta.dirname, "..", "fixtures", "plans", "gauldal-dekom-2025-26.txt"),
    );
    form.append("file", new Blob([plan]), "gauldal-dekom-2025-26.txt");
    form.append("network", "gauldalsregionen");
    const response = await fetch(`${origin()}/import`, { method: "POST", body: form, headers: await bearer() });
    const body = (await response.json()) as { document?: { network?: string }; error?: unknown };
    expect([response.status, body.error]).toEqual([200, undefined]);
    expect(body.document?.network).toBe("gauldalsregionen");
  });

  it("still refuses a part beyond the file and that field", async () => {
    const form = new FormData();
    form.append("file", new Blob(["Årshjul"]), "plan.txt");
    form.append("network", "fosen");
    form.append("network", "gauldalsregionen");
    const response = await fetch(`${origin()}/import`, { method: "POST", body: form, headers: await bearer() });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/too many/);
  });
});
