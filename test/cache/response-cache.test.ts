// The response cache (issue 18): answers from memory, never one that a write has made stale,
// on one instance and across two instances over one Neo4j. No timings are asserted: a
// change through one instance is polled for through the other, with a generous deadline.
import path from "node:path";
import parsePrometheusTextFormat from "parse-prometheus-text-format";
import { describe, expect, it } from "vitest";
import { readGraphVersion } from "../../src/db/graph-version.js";
import { importPlan } from "../../src/import/index.js";
import { loadSeeds } from "../../src/seed/index.js";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";
import { type HttpApi, useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, bearer, signToken } from "../support/tokens.js";

const METRICS_TOKEN = "a-metrics-token-for-the-tests";
const graph = useSeededGraph();
const a = useHttpService({ JWT_SECRET: TEST_JWT_SECRET, METRICS_TOKEN });
const b = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });
const off = useHttpService({ CACHE_ENABLED: "false" });

interface Answer {
  status: number;
  cache: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test states the shape it reads
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(api: HttpApi, query: string, variables?: object, headers: Record<string, string> = {}) {
  const response = await fetch(api.url(), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    body: (await response.json()) as Answer["body"],
  } satisfies Answer;
}

/** Asks until `done` holds for an answer, at most 20 s (the documented bound is 1 s). */
async function askUntil(
  api: HttpApi,
  query: string,
  done: (answer: Answer) => boolean,
  variables?: object,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  const deadline = Date.now() + 20_000;
  for (;;) {
    const answer = await ask(api, query, variables);
    answers.push(answer);
    if (done(answer)) return answers;
    if (Date.now() > deadline) throw new Error(`Still not there after 20 s: ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Asks until the answer comes from the cache. The cache stands aside while the instance
 * has not confirmed the graph's version within the last second (a slow start, a busy
 * machine), so the first repeat is not always a hit; every answer must be the same.
 */
async function warm(api: HttpApi, query: string, variables?: object): Promise<Answer> {
  const answers = await askUntil(api, query, (answer) => answer.cache === "HIT" || !!answer.body.errors, variables);
  for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
  return answers.at(-1) as Answer;
}

// The three grant schemes of seeds/schemes.yaml.
const SEEDED_SCHEMES = [
  { id: "dekom", name: "Dekom" },
  { id: "kompetanseloftet", name: "Kompetanseløftet" },
  { id: "rekom", name: "Rekom" },
];
const schemes = (operation: string) => `query ${operation} { schemes(sort: [{ id: ASC }]) { id name } }`;
const rekomNamed = (name: string) => SEEDED_SCHEMES.map((s) => (s.id === "rekom" ? { ...s, name } : s));
const FRAGILE = "query Fragile { fragileNetworks { network { id } reasons } }";

async function renameRekom(api: HttpApi, name: string): Promise<void> {
  const answer = await ask(
    api,
    `mutation { updateSchemes(where: { id: { eq: "rekom" } }, update: { name: { set: "${name}" } }) { schemes { name } } }`,
    undefined,
    await bearer(),
  );
  expect([answer.status, answer.body.errors, answer.cache]).toEqual([200, undefined, "MISS"]);
}

describe("the response cache", () => {
  it("answers an identical query from the cache, and a query with other variables afresh", async () => {
    const first = await ask(a, schemes("Identical"));
    expect([first.cache, first.body]).toEqual(["MISS", { data: { schemes: SEEDED_SCHEMES } }]);
    expect((await warm(a, schemes("Identical"))).body).toEqual(first.body);

    const byId = "query SchemeById($id: ID!) { schemes(where: { id: { eq: $id } }) { name } }";
    expect((await ask(a, byId, { id: "rekom" })).cache).toBe("MISS");
    expect((await warm(a, byId, { id: "rekom" })).body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
    expect(await ask(a, byId, { id: "dekom" })).toMatchObject({
      cache: "MISS",
      body: { data: { schemes: [{ name: "Dekom" }] } },
    });
  });

  it("keeps no answer past a mutation through the same instance: the next read is fresh", async () => {
    for (const query of [schemes("BeforeWrite"), FRAGILE]) await warm(a, query);
    await renameRekom(a, "Rekom endret");
    expect(await ask(a, schemes("BeforeWrite"))).toEqual({
      status: 200,
      cache: "MISS",
      body: { data: { schemes: rekomNamed("Rekom endret") } },
    });
    // An analysis the change does not touch is asked afresh too: the whole graph has a new version.
    expect((await ask(a, FRAGILE)).cache).toBe("MISS");
    await renameRekom(a, "Rekom");
    expect(await ask(a, schemes("BeforeWrite"))).toMatchObject({
      cache: "MISS",
      body: { data: { schemes: SEEDED_SCHEMES } },
    });
  });

  it("shows a write through one instance through the other, which keeps no answer of before it", async () => {
    const query = schemes("AcrossInstances");
    expect((await warm(b, query)).body).toEqual({ data: { schemes: SEEDED_SCHEMES } });

    await renameRekom(a, "Rekom via A");
    const seen = await askUntil(b, query, (answer) => answer.body.data?.schemes[2]?.name === "Rekom via A");
    // Until B learns the version it may answer from before; from then on it never does again.
    expect(seen.at(-1)).toEqual({ status: 200, cache: "MISS", body: { data: { schemes: rekomNamed("Rekom via A") } } });
    for (let n = 0; n < 5; n += 1) {
      expect((await ask(b, query)).body).toEqual({ data: { schemes: rekomNamed("Rekom via A") } });
    }

    // And the other way round: A has cached the renamed list, B writes.
    expect((await warm(a, query)).body).toEqual({ data: { schemes: rekomNamed("Rekom via A") } });
    await renameRekom(b, "Rekom");
    const back = await askUntil(a, query, (answer) => answer.body.data?.schemes[2]?.name === "Rekom");
    expect(back.at(-1)).toMatchObject({ cache: "MISS", body: { data: { schemes: SEEDED_SCHEMES } } });
  });

  it("shows an import and a seed reload, written outside the service, through the service", async () => {
    const { database } = testTarget();
    const query =
      'query Gauldal { initiatives(where: { id: { eq: "dekom-ntnu-i-gauldalsregionen-2025-2026" } }) { name } }';
    expect((await warm(a, query)).body).toEqual({ data: { initiatives: [] } });

    const plan = path.resolve(import.meta.dirname, "..", "fixtures", "plans", "gauldal-dekom-2025-26.txt");
    expect((await importPlan(graph.driver, database, plan)).written).toBe(true);
    // The initiative the plan's title names (test/fixtures/plans/gauldal-dekom-2025-26.expected.yaml).
    const imported = await askUntil(a, query, (answer) => answer.body.data?.initiatives.length > 0);
    expect(imported.at(-1)?.body).toEqual({
      data: { initiatives: [{ name: "Dekom NTNU i Gauldalsregionen 2025/2026" }] },
    });

    // Reseeding with a reset removes what the seeds do not hold.
    await loadSeeds(graph.driver, database, { reset: true });
    const reseeded = await askUntil(a, query, (answer) => answer.body.data?.initiatives.length === 0);
    expect(reseeded.at(-1)).toMatchObject({ cache: "MISS", body: { data: { initiatives: [] } } });
  });

  it("never caches an error", async () => {
    const query = 'query Atlantis { networkPartners(network: "atlantis") { institutions { institution { name } } } }';
    // Each time right after a hit, so that the cache was taking answers.
    for (let n = 0; n < 3; n += 1) {
      await warm(a, schemes("BesideAnError"));
      const answer = await ask(a, query);
      expect([answer.cache, answer.body.errors?.[0]?.extensions?.code]).toEqual(["MISS", "NOT_FOUND"]);
    }
  });

  it("checks the caller's token before it answers from the cache", async () => {
    const query = schemes("WithToken");
    await warm(a, query);
    const forged = await signToken({ roles: ["editor"] }, { secret: "another-secret-that-is-long-enough-for-hs256" });
    const answer = await ask(a, query, undefined, { authorization: `Bearer ${forged}` });
    expect([answer.status, answer.body.data, answer.body.errors?.[0]?.extensions?.code]).toEqual([
      401,
      undefined,
      "UNAUTHENTICATED",
    ]);
  });

  it("answers every request afresh when CACHE_ENABLED is false", async () => {
    for (let n = 0; n < 3; n += 1) {
      expect(await ask(off, schemes("Uncached"))).toEqual({
        status: 200,
        cache: "MISS",
        body: { data: { schemes: SEEDED_SCHEMES } },
      });
    }
  });
});

describe("GET /metrics", () => {
  const metricsOf = async (api: HttpApi, headers: Record<string, string> = {}) =>
    fetch(new URL("/metrics", api.url()), { headers });
  const read = async () => {
    const response = await metricsOf(a, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect([response.status, response.headers.get("content-type")]).toEqual([
      200,
      "text/plain; version=0.0.4; charset=utf-8",
    ]);
    const families = parsePrometheusTextFormat(await response.text());
    const family = (name: string) => families.find((f) => f.name === name);
    const value = (name: string, labels: Record<string, string> = {}) =>
      Number(
        family(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value ?? 0,
      );
    return { family, value };
  };

  it("is served only with the configured token", async () => {
    expect((await metricsOf(a)).status).toBe(401);
    expect((await metricsOf(a, { authorization: "Bearer not-the-metrics-token" })).status).toBe(401);
    expect((await metricsOf(b, { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(404);
  });

  it("counts hits and misses in Prometheus's text format, with the cache's size and the graph's version", async () => {
    const before = await read();
    expect(before.family("kompetansegraf_graphql_requests_total")?.type).toBe("COUNTER");
    const answers: (string | null)[] = [];
    for (let n = 0; n < 4; n += 1) answers.push((await ask(a, schemes("Counted"))).cache);
    const after = await read();
    const count = (m: typeof before, cache: string) =>
      m.value("kompetansegraf_graphql_requests_total", { operation: "query", cache });
    const said = (cache: string) => answers.filter((answer) => answer === cache).length;
    expect(answers[0]).toBe("MISS");
    expect(said("HIT")).toBeGreaterThan(0);
    expect([count(after, "miss") - count(before, "miss"), count(after, "hit") - count(before, "hit")]).toEqual([
      said("MISS"),
      said("HIT"),
    ]);
    const ratio = after.value("kompetansegraf_response_cache_hit_ratio");
    expect(ratio).toBeCloseTo(count(after, "hit") / (count(after, "hit") + count(after, "miss")), 6);
    expect(after.value("kompetansegraf_response_cache_entries")).toBeGreaterThanOrEqual(1);
    expect(after.value("kompetansegraf_response_cache_bytes")).toBeGreaterThan(0);
    expect(after.value("kompetansegraf_response_cache_max_bytes")).toBe(64 * 1024 * 1024);
    const { number } = await readGraphVersion(graph.driver, testTarget().database);
    expect(after.value("kompetansegraf_graph_version")).toBe(number);
    expect(after.family("process_resident_memory_bytes")?.type).toBe("GAUGE");
  });
});
