// Requests an attacker sent (issue 12), one row each: the request, the expected status and
// code, and where it applies, a graph left as it was. No answer is ever HTML or a stack trace.
import { SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { createApolloServer } from "../../src/graphql/apollo.js";
import { createHttpApp } from "../../src/http/app.js";
import { listen } from "../../src/http/server.js";
import { buildSchema } from "../../src/graphql/schema.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph } from "../support/database.js";
import { useHttpService } from "../support/http.js";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256";
const graph = useSeededGraph();
const api = useHttpService({ JWT_SECRET: SECRET });

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly these claims (no iat or exp unless given). */
function token(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(SECRET));
}
const bearer = async (claims: Record<string, unknown>) => ({ authorization: `Bearer ${await token(claims)}` });
const editor = () => bearer({ roles: ["editor"], iat: now(), exp: now() + 300 });

const CREATE = {
  query: 'mutation { createSchemes(input: [{ id: "attack-scheme", name: "Attack", sources: [] }]) { schemes { id } } }',
};
const READ = { query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' };

interface Request {
  method?: string;
  /** Relative to the service's origin; /graphql unless given. */
  path?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Case {
  name: string;
  request: () => Promise<Request>;
  status: number;
  /** extensions.code of the first GraphQL error; "" for a plain-text answer or success. */
  code: string;
  message?: RegExp;
  /** Whether the answer is GraphQL JSON (default) or plain text. */
  text?: boolean;
}

async function send(origin: string, { method = "POST", path = "/graphql", headers = {}, body }: Request) {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

/** Never HTML, never a stack frame. */
function expectNoInternals({ type, text }: { type: string; text: string }) {
  expect(type).not.toMatch(/html/);
  expect(text).not.toMatch(/<html|<!DOCTYPE|\n\s+at \S+ \(/i);
}

const tokenCases: Case[] = [
  {
    name: "a token without exp",
    request: async () => ({ body: CREATE, headers: await bearer({ roles: ["editor"], iat: now() }) }),
    status: 401,
    code: "UNAUTHENTICATED",
    message: /the token has no "exp" claim/,
  },
  {
    name: "a token without iat",
    request: async () => ({ body: CREATE, headers: await bearer({ roles: ["editor"], exp: now() + 300 }) }),
    status: 401,
    code: "UNAUTHENTICATED",
    message: /the token has no "iat" claim/,
  },
  {
    name: "a token whose exp is not a number",
    request: async () => ({ body: CREATE, headers: await bearer({ roles: ["editor"], iat: now(), exp: "tomorrow" }) }),
    status: 401,
    code: "UNAUTHENTICATED",
    message: /"exp" claim is not a number/,
  },
  {
    name: "a token issued an hour in the future",
    request: async () => ({
      body: CREATE,
      headers: await bearer({ roles: ["editor"], iat: now() + HOUR, exp: now() + 2 * HOUR }),
    }),
    status: 401,
    code: "UNAUTHENTICATED",
    message: /"iat" claim lies in the future \(more than 30 s/,
  },
  {
    name: "a token issued 13 h ago (JWT_MAX_AGE 12 h), not yet expired",
    request: async () => ({
      body: CREATE,
      headers: await bearer({ roles: ["editor"], iat: now() - 13 * HOUR, exp: now() + 60 }),
    }),
    status: 401,
    code: "UNAUTHENTICATED",
    message: /issued more than 12 h ago \(JWT_MAX_AGE\)/,
  },
  {
    name: "a token valid for 13 h (JWT_MAX_AGE 12 h)",
    request: async () => ({
      body: CREATE,
      headers: await bearer({ roles: ["editor"], iat: now(), exp: now() + 13 * HOUR }),
    }),
    status: 401,
    code: "UNAUTHENTICATED",
    message: /valid for longer than 12 h \(JWT_MAX_AGE\)/,
  },
  {
    name: 'a token whose roles is the string "editor"',
    request: async () => ({ body: CREATE, headers: await bearer({ roles: "editor", iat: now(), exp: now() + 300 }) }),
    status: 200,
    code: "FORBIDDEN",
    message: /needs a token with the editor role; the token's "roles" claim is the string "editor", not a list/,
  },
  {
    name: "a token whose roles list holds a number",
    request: async () => ({
      body: CREATE,
      headers: await bearer({ roles: [1, "editor"], iat: now(), exp: now() + 300 }),
    }),
    status: 200,
    code: "FORBIDDEN",
    message: /the token's "roles" claim is not a list of strings/,
  },
  {
    name: "a token whose roles is an object",
    request: async () => ({
      body: CREATE,
      headers: await bearer({ roles: { editor: true }, iat: now(), exp: now() + 300 }),
    }),
    status: 200,
    code: "FORBIDDEN",
    message: /the token's "roles" claim is not a list of strings/,
  },
];

const operationCases: Case[] = [
  {
    name: "a subscription",
    request: async () => ({ body: { query: "subscription { schemes { id } }" } }),
    status: 400,
    code: "BAD_REQUEST",
    message: /^Subscriptions are not offered/,
  },
  {
    name: "a persisted query whose hash is not the query's",
    request: async () => ({
      body: { ...READ, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
    }),
    status: 400,
    code: "BAD_REQUEST",
    message: /sha256Hash is not the SHA-256 of the query/,
  },
  {
    name: "a persisted query of an unknown version",
    request: async () => ({
      body: { ...READ, extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } } },
    }),
    status: 400,
    code: "BAD_REQUEST",
    message: /persisted query version/,
  },
  {
    name: "an editor creating an id that exists",
    request: async () => ({
      body: {
        query: 'mutation { createSchemes(input: [{ id: "rekom", name: "Again", sources: [] }]) { schemes { id } } }',
      },
      headers: await editor(),
    }),
    status: 200,
    code: "CONFLICT",
    message: /^The id "rekom" is already taken/,
  },
  {
    name: "an editor creating two items with one id",
    request: async () => ({
      body: {
        query: "mutation ($input: [SchemeCreateInput!]!) { createSchemes(input: $input) { schemes { id } } }",
        variables: {
          input: [
            { id: "attack-twin", name: "A", sources: [] },
            { id: "attack-twin", name: "B", sources: [] },
          ],
        },
      },
      headers: await editor(),
    }),
    status: 200,
    code: "CONFLICT",
    message: /^The id "attack-twin" is given twice in this request/,
  },
  {
    name: "an editor renaming an id to one that exists",
    request: async () => ({
      body: {
        query:
          'mutation { updateSchemes(where: { id: { eq: "rekom" } }, update: { id: { set: "dekom" } }) { schemes { id } } }',
      },
      headers: await editor(),
    }),
    status: 200,
    code: "CONFLICT",
    message: /^The id "dekom" is already taken/,
  },
];

const routeCases: Case[] = [
  {
    name: "a path that serves nothing",
    request: async () => ({ method: "GET", path: "/admin" }),
    status: 404,
    code: "",
    text: true,
  },
  {
    name: "a calendar file that is not .ics",
    request: async () => ({ method: "GET", path: "/calendar/fosen.html" }),
    status: 404,
    code: "",
    text: true,
  },
  {
    name: "a calendar id with broken percent-encoding",
    request: async () => ({ method: "GET", path: "/calendar/%E0%A4%A.ics" }),
    status: 400,
    code: "",
    text: true,
    message: /^The request could not be read/,
  },
  {
    name: "a calendar id with a line break",
    request: async () => ({ method: "GET", path: "/calendar/fosen%0D%0AURL:https:%2F%2Fevil.example.ics" }),
    status: 404,
    code: "",
    text: true,
    message: /^No network, initiative, institution, person or forum has the id "fosen\\r\\nURL/,
  },
  {
    name: "a body that is not JSON on /graphql",
    request: async () => ({ body: "{ not json" }),
    status: 400,
    code: "BAD_REQUEST",
  },
];

describe("hostile requests over HTTP", () => {
  let before: Awaited<ReturnType<typeof countGraph>>;
  beforeAll(async () => {
    before = await countGraph(graph.driver);
  });

  it.each([...tokenCases, ...operationCases, ...routeCases])(
    "$name: $status $code, graph unchanged",
    async ({ request, status, code, message, text }) => {
      const response = await send(new URL(api.url()).origin, await request());
      expect(response.status).toBe(status);
      expectNoInternals(response);
      if (text) {
        expect(response.type).toMatch(/^text\/plain/);
        if (message) expect(response.text).toMatch(message);
      } else {
        expect(response.type).toMatch(/^application\/json/);
        const error = JSON.parse(response.text).errors?.[0];
        expect(error?.extensions?.code).toBe(code);
        if (message) expect(error?.message).toMatch(message);
      }
      expect(await countGraph(graph.driver)).toEqual(before);
      expect((await api.post(READ)).body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
    },
  );

  it("accepts a token issued a few seconds ahead of the server's clock (within the 30 s skew)", async () => {
    const headers = await bearer({ roles: ["editor"], iat: now() + 10, exp: now() + 300 });
    expect((await api.post(READ, headers)).body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
  });

  it("still lets a well-formed editor's token change the graph", async () => {
    const headers = await editor();
    expect((await api.post(CREATE, headers)).body).toEqual({
      data: { createSchemes: { schemes: [{ id: "attack-scheme" }] } },
    });
    const deleted = await api.post(
      { query: 'mutation { deleteSchemes(where: { id: { eq: "attack-scheme" } }) { nodesDeleted } }' },
      headers,
    );
    expect(deleted.body).toEqual({ data: { deleteSchemes: { nodesDeleted: 1 } } });
    expect(await countGraph(graph.driver)).toEqual(before);
  });
});

/** A database that fails as told, behind the real HTTP surface. */
function failingDriver(fail: () => Promise<never>): Driver {
  return { executeQuery: fail } as unknown as Driver;
}

describe("the calendar feed when the database fails", () => {
  const config = loadConfig({ PORT: "0", DB_TRANSACTION_TIMEOUT_MS: "500" });
  let origin = "";
  let close = async () => undefined as unknown;
  let fail: () => Promise<never> = () => new Promise(() => undefined);

  beforeAll(async () => {
    const app = createHttpApp(config.http, async () => false);
    const port = await listen(app.server, "127.0.0.1", 0);
    const apollo = createApolloServer(await buildSchema(config.graphql), config.graphql, app.server);
    await apollo.start();
    app.serve(
      apollo,
      config.graphql,
      {
        driver: failingDriver(() => fail()),
        database: "neo4j",
        transactionTimeoutMs: 500,
      },
      config,
    );
    origin = `http://127.0.0.1:${port}`;
    close = () => apollo.stop();
  });
  afterAll(async () => {
    await close();
  });

  const calendarCases: { name: string; failure: () => Promise<never>; status: number; message: RegExp }[] = [
    {
      name: "is not available",
      failure: async () => {
        throw new Neo4jError("Connection refused at /internal/path", "ServiceUnavailable", "08000", "");
      },
      status: 503,
      message: /^The database is not available; try again shortly\n$/,
    },
    {
      name: "cuts the transaction off",
      failure: async () => {
        throw new Neo4jError(
          "timed out",
          "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
          "25N06",
          "",
        );
      },
      status: 504,
      message: /^The query took longer than the database allows\n$/,
    },
    {
      name: "fails in a way nobody foresaw",
      failure: async () => {
        throw new Error("Secret detail at /internal/path");
      },
      status: 500,
      message: /^Internal server error\n$/,
    },
    {
      name: "never answers (deadline: 500 ms + 3 s)",
      failure: () => new Promise<never>(() => undefined),
      status: 503,
      message: /^The service could not answer within 3\.5 s: the database is not answering; try again shortly\n$/,
    },
  ];

  it.each(calendarCases)(
    "answers $status in plain text when the database $name",
    async ({ failure, status, message }) => {
      fail = failure;
      const started = Date.now();
      const response = await send(origin, { method: "GET", path: "/calendar/fosen.ics" });
      expect(Date.now() - started).toBeLessThan(3_500 + 2_000);
      expect([response.status, response.type]).toEqual([status, "text/plain; charset=utf-8"]);
      expect(response.text).toMatch(message);
      expectNoInternals(response);
    },
  );
});
