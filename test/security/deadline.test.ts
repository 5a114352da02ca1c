// A request's deadline ends its work, not only its wait: once the 503 has gone out, the
// request's reads and a mutation's transaction are stopped (their sessions closed, which
// resets the connection), so that a database that hangs and comes back does not then run
// every abandoned statement.
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";
import { whileNeo4jFrozen } from "../support/frozen.js";
import { useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, bearer } from "../support/tokens.js";

const graph = useSeededGraph();
// The deadline comes 3 s after the transaction timeout: 9 s, before the driver gives up waiting
// for a connection (10 s). No cache, so that every request asks Neo4j.
const service = useHttpService({
  DB_TRANSACTION_TIMEOUT_MS: "6000",
  CACHE_ENABLED: "false",
  JWT_SECRET: TEST_JWT_SECRET,
});
const DEADLINE_MS = 9_000;
// A deadline past the driver's wait for a connection from the pool (10 s): a request that
// needs a new connection to a Neo4j that does not answer fails with the driver's error first.
const patient = useHttpService({
  DB_TRANSACTION_TIMEOUT_MS: "6000",
  REQUEST_DEADLINE_MS: "15000",
  CACHE_ENABLED: "false",
});
const database = () => testTarget().database;
const FIRST = DateTime.now().setZone("Europe/Oslo").startOf("day").minus({ days: 30 });
const FEED = `/calendar/frist-hogskole.ics?from=${FIRST.toISODate()}&to=${FIRST.plus({ days: 199 }).toISODate()}`;
const ANALYSIS = { query: '{ institutionReach(institution: "dmmh") { __typename } }' };
// Sets every one of the 5,000 meetings' place to what it is already.
const MUTATION = {
  query: `mutation { updateMeetings(where: { id: { startsWith: "frist-" } }, update: { place: { set: "Trondheim" } }) {
    info { relationshipsCreated } } }`,
};

beforeAll(async () => {
  // 5,000 meetings, 1,000 of them in the feed's window: a statement that keeps Neo4j busy for a
  // while (long enough to be seen running), and a feed that takes a while to build.
  await graph.driver.executeQuery(
    `CREATE (inst:Institution {id: 'frist-hogskole', name: 'Frist høgskole'})
     CREATE (i:Initiative {id: 'frist-tiltak', name: 'Frist-tiltak'})-[:PARTNER]->(inst)
     WITH i
     UNWIND range(0, 4999) AS n
     CREATE (:Meeting {
       id: 'frist-' + n, title: 'Samling ' + n, date: date($first) + duration({days: n / 5}),
       startTime: localtime('10:00'), endTime: localtime('12:00'), place: 'Trondheim',
       agenda: ['Velkommen', 'Erfaringsdeling'], text: 'Samling', sources: []
     })-[:SERVES]->(i)`,
    { first: FIRST.toISODate() },
    { database: database() },
  );
});

/**
 * What Neo4j is running for the service now: the feed's and the analysis's statements,
 * known by their text, and any transaction of a mutation (src/graphql/mutation-write.ts), running or open.
 */
async function runningForTheService(): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    `SHOW TRANSACTIONS YIELD currentQuery, metaData
     WHERE metaData.kind = 'mutation'
       OR (NOT currentQuery STARTS WITH 'SHOW'
         AND (currentQuery CONTAINS 'iCalendar feed of one id' OR currentQuery CONTAINS 'institutionReach(institution'))
     RETURN coalesce(metaData.kind, '') + ': ' + left(currentQuery, 60) AS query`,
    {},
    { database: database() },
  );
  return records.map((record) => String(record.get("query")));
}

describe("after a request's deadline has answered 503", () => {
  it("nothing of it runs on: its statements are stopped, not run once the database answers again", async () => {
    const editor = await bearer();
    // All answered before, side by side, so that the statements are planned and the pool holds a
    // connection for each (a new one could not be opened while Neo4j is frozen).
    const all = () =>
      Promise.all([
        (async () => (await fetch(new URL(FEED, service.url()))).status)(),
        (async () => (await service.post(ANALYSIS)).status)(),
        (async () => (await service.post(MUTATION, editor)).status)(),
      ]);
    let warm = await all();
    for (let i = 0; i < 5 && warm.some((status) => status !== 200); i++) warm = await all();
    expect(warm).toEqual([200, 200, 200]);

    // A meeting held locked by another transaction: a mutation statement that ran after the thaw
    // would wait for it, and be seen waiting, rather than be over between two looks.
    const lock = graph.driver.session({ database: database() });
    const held = await lock.beginTransaction();
    try {
      await held.run("MATCH (m:Meeting {id: 'frist-0'}) SET m.place = 'Låst'");
      await whileNeo4jFrozen(async () => {
        const started = Date.now();
        expect(await all()).toEqual([503, 503, 503]);
        expect(Date.now() - started).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
      });
      // Thawed: the abandoned statements, had they been left waiting, would run now.
      const seen = new Set<string>();
      const until = Date.now() + 3_000;
      while (Date.now() < until) {
        for (const query of await runningForTheService()) seen.add(query);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect([...seen]).toEqual([]);
    } finally {
      await held.rollback();
      await lock.close();
    }
  }, 60_000);
});

describe("when the pool finds no connection before the deadline", () => {
  // More requests at once than the pool holds idle connections: the rest wait for new ones,
  // which a frozen Neo4j never answers, until the driver gives up (10 s), before the deadline (15 s).
  const ASKED = 6;
  const routes = [
    {
      route: "a calendar feed",
      ask: async () => {
        const response = await fetch(new URL(FEED, patient.url()));
        return { status: response.status, message: (await response.text()).trim() };
      },
    },
    {
      route: "/graphql",
      ask: async () => {
        const { status, body } = await patient.post(ANALYSIS);
        return { status, message: `${body.errors?.[0]?.extensions?.code}: ${body.errors?.[0]?.message}` };
      },
    },
  ];
  it("each route answers 503, the database is not available, not 500", async () => {
    for (const { ask } of routes) expect((await ask()).status).toBe(200);
    const answers = await whileNeo4jFrozen(() =>
      Promise.all(routes.map(({ ask }) => Promise.all(Array.from({ length: ASKED }, ask)))),
    );
    routes.forEach(({ route }, n) => {
      const answered = answers[n] ?? [];
      expect(
        answered.map((answer) => answer.status),
        route,
      ).toEqual(Array(ASKED).fill(503));
      expect(
        answered.map((answer) => answer.message),
        route,
      ).toContainEqual(expect.stringContaining("The database is not available; try again shortly"));
    });
  }, 60_000);
});
