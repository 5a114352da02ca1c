// Small hostile texts must not stop the service (issue 24, item 1): the secret filter and the
// importers' readers run on the one event loop, so a pattern that backtracks held every reader
// and /healthz for seconds to minutes. While each hostile request runs, a probe on another
// thread asks GET /healthz every 20 ms; no answer may take 500 ms, and the request itself gets
// a clean answer (written, or refused with its reason), never a 500.
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { bearer, TEST_JWT_SECRET } from "../support/tokens.js";

const graph = useSeededGraph();
const api = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });
const origin = () => api.url().replace(/\/graphql$/, "");

/** Asks GET /healthz every 20 ms from its own thread until told to stop; answers with the slowest answer's time. */
const PROBE = `
const { parentPort, workerData } = require("node:worker_threads");
let stop = false;
parentPort.once("message", () => { stop = true; });
(async () => {
  let slowest = 0;
  let answers = 0;
  while (!stop) {
    const started = performance.now();
    const response = await fetch(workerData.url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error("GET /healthz answered " + response.status);
    slowest = Math.max(slowest, performance.now() - started);
    if (++answers === 1) parentPort.postMessage("probing");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  parentPort.postMessage(slowest);
})();
`;

/** Runs `request` while the probe asks for /healthz: its answer, and the slowest /healthz answer in ms. */
async function whileProbing<T>(request: () => Promise<T>): Promise<{ answer: T; slowestHealth: number }> {
  const probe = new Worker(PROBE, { eval: true, workerData: { url: `${origin()}/healthz` } });
  const messages: unknown[] = [];
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      probe.once("message", resolve);
      probe.once("error", reject);
    });
  try {
    messages.push(await next()); // "probing": the first answer came before the request is sent
    const answer = await request();
    const slowest = next();
    probe.postMessage("stop");
    return { answer, slowestHealth: (await slowest) as number };
  } finally {
    await probe.terminate();
  }
}

const SIZE = 90_000;
const hostile = (head: string, unit: string) => head + unit.repeat(Math.ceil((SIZE - head.length) / unit.length));

// A meeting's text: each string argument of a mutation goes through the secret filter.
const texts: [string, string][] = [
  ["a tag of repeated attributes without its >", hostile("<a ", "href=")],
  ["a tag of x=1 attributes", hostile("<a ", "x=1 ")],
  ["Møte-ID and spaces", hostile("Møte-ID", " ")],
  // Three bytes each: a third as many fit in the body.
  ["Passord and zero-width spaces", hostile("Passord", "\u200b").slice(0, SIZE / 3)],
  ["ID for møtet and spaces", hostile("ID for møtet", " ")],
  ["many distinct passcodes", Array.from({ length: SIZE / 12 }, (_, i) => `PIN: ${100_000 + i} `).join("")],
];

const CREATE_MEETING =
  'mutation ($id: ID!, $text: String!) { createMeetings(input: [{ id: $id, title: "Samling", date: "2025-03-10", text: $text, agenda: [], sources: ["attack"] }]) { meetings { id } } }';

describe("a hostile string argument of a mutation", () => {
  const ids: string[] = [];
  afterAll(async () => {
    await graph.driver.executeQuery(
      "MATCH (m:Meeting) WHERE m.id IN $ids DETACH DELETE m",
      { ids },
      { database: testTarget().database },
    );
  });

  it.each(texts)("%s: /healthz answers within 500 ms, the mutation gets a clean answer", async (_, text) => {
    const id = `event-loop-${ids.length}`;
    ids.push(id);
    const headers = await bearer();
    const { answer, slowestHealth } = await whileProbing(() =>
      api.post({ query: CREATE_MEETING, variables: { id, text } }, headers),
    );
    expect(slowestHealth).toBeLessThan(500);
    expect(answer.status).toBeLessThan(500);
    // Written, or refused for what the text is (too long, or holding a passcode): never an internal error.
    const [error] = answer.body.errors ?? [];
    if (error) expect(error.extensions?.code).toMatch(/^(?:BAD_USER_INPUT|PAYLOAD_TOO_LARGE)$/);
    else expect(answer.body.data.createMeetings.meetings).toEqual([{ id }]);
  });
});

describe("a hostile spreadsheet through POST /import", () => {
  // 4 kB: a header row, then cells built like the mutations above.
  const csv = (cell: string) => `Nettverk;Kommune\n"${cell.replace(/"/g, '""').slice(0, 4000)}";Bjugn\n`;
  const sheets: [string, string][] = [
    ["a cell of repeated attributes without its >", csv(hostile("<a ", "href="))],
    ["a cell of Møte-ID and spaces", csv(hostile("Møte-ID", " "))],
  ];

  it.each(sheets)("%s: /healthz answers within 500 ms, the upload gets a clean answer", async (_, sheet) => {
    const headers = await bearer();
    const { answer, slowestHealth } = await whileProbing(async () => {
      const form = new FormData();
      form.append("file", new Blob([sheet]), "medlemskap.csv");
      const response = await fetch(`${origin()}/import`, { method: "POST", body: form, headers });
      return {
        status: response.status,
        body: (await response.json()) as { error?: { code: string }; preview?: { id: string } },
      };
    });
    expect(slowestHealth).toBeLessThan(500);
    // Previewed, or refused with its reason as any upload is: never an internal error.
    if (answer.status === 200) expect(answer.body.preview?.id).toEqual(expect.any(String));
    else {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.error?.code).toMatch(/^[A-Z_]+$/);
    }
  });
});
