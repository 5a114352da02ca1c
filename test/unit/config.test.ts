import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  configurationVariables,
  DEVELOPMENT_PASSWORD,
  loadConfig,
  projectRoot,
} from "../../src/config/index.js";

describe("configuration", () => {
  it("has documented defaults: local Neo4j on 7687, GraphQL on 4000", () => {
    const config = loadConfig({});
    expect(config.http).toMatchObject({ host: "127.0.0.1", port: 4000 });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.password).toBe(DEVELOPMENT_PASSWORD);
    expect(config.localNeo4j.boltPort).toBe(7687);
    expect(config.localNeo4j.dataDir).toBe(path.join(projectRoot, ".data", "neo4j"));
    expect(config.localNeo4j.version).toMatch(/^5\.26\.\d+$/);
  });

  it("reads the environment", () => {
    const config = loadConfig({
      PORT: "8080",
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_CONNECT_TIMEOUT: "5",
    });
    expect(config.http.port).toBe(8080);
    expect(config.neo4j.uri).toBe("neo4j+s://abc.databases.neo4j.io");
    expect(config.neo4j.connectTimeoutMs).toBe(5000);
  });

  it.each([
    ["PORT", "abc", 'PORT="abc": expected a whole number between 0 and 65535'],
    ["PORT", "70000", 'PORT="70000": expected a whole number between 0 and 65535'],
    ["NEO4J_URI", "http://localhost:7474", 'NEO4J_URI="http://localhost:7474": expected a Bolt URI'],
    ["LOCAL_NEO4J_HEAP", "lots", 'LOCAL_NEO4J_HEAP="lots": expected a size such as "512m" or "2g"'],
    [
      "NEO4J_CONNECT_TIMEOUT",
      "60",
      'NEO4J_CONNECT_TIMEOUT="60": expected a duration such as "250ms", "30s", "15m" or "12h" (a bare number is seconds), from 1s to 25s',
    ],
    [
      "CACHE_VERSION_POLL_MS",
      "1s",
      'CACHE_VERSION_POLL_MS="1s": expected a duration such as "250ms", "30s", "15m" or "12h" (a bare number is milliseconds), from 1ms to 500ms',
    ],
    [
      "CORS_ORIGINS",
      "localhost:5173",
      'CORS_ORIGINS="localhost:5173": expected "none" or origins such as http://localhost:5173, comma-separated',
    ],
    ["CORS_ORIGINS", "https://a.example/app", 'CORS_ORIGINS="https://a.example/app": expected "none" or origins'],
  ])("rejects %s=%s with one line naming the variable, the value and the expected form", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(`Invalid configuration: ${message}`);
  });

  it("pages lists by 50 unless told, and never by more than the page size", () => {
    expect(loadConfig({}).graphql.limits).toMatchObject({ pageSize: 1000, defaultPage: 50, cost: 150_000 });
    expect(loadConfig({ LIMIT_PAGE_SIZE: "20" }).graphql.limits).toMatchObject({ pageSize: 20, defaultPage: 20 });
    expect(loadConfig({ LIMIT_DEFAULT_PAGE: "200" }).graphql.limits).toMatchObject({
      pageSize: 1000,
      defaultPage: 200,
    });
    expect(() => loadConfig({ LIMIT_PAGE_SIZE: "100", LIMIT_DEFAULT_PAGE: "200" })).toThrow(
      'Invalid configuration: LIMIT_DEFAULT_PAGE="200": expected at most LIMIT_PAGE_SIZE (100)',
    );
    expect(() => loadConfig({ LIMIT_DEFAULT_PAGE: "0" })).toThrow(
      'Invalid configuration: LIMIT_DEFAULT_PAGE="0": expected a whole number from 1 to 1000000',
    );
  });

  it("never echoes a password", () => {
    expect(() => loadConfig({ NEO4J_PASSWORD: "short" })).toThrow(
      "Invalid configuration: NEO4J_PASSWORD=(hidden): expected at least 8 characters",
    );
  });

  it("lets browsers on localhost call the API in development, none in production, and exactly CORS_ORIGINS when set", () => {
    expect(loadConfig({ NODE_ENV: "production" }).http.cors).toEqual({ origins: [], anyLocalhost: false });
    expect(loadConfig({ CORS_ORIGINS: "https://a.example, http://localhost:5173" }).http.cors).toEqual({
      origins: ["https://a.example", "http://localhost:5173"],
      anyLocalhost: false,
    });
    expect(loadConfig({ CORS_ORIGINS: "none" }).http.cors).toEqual({ origins: [], anyLocalhost: false });
  });

  it("bounds what stays open and how long a request may take: documented defaults", () => {
    const config = loadConfig({});
    expect(config.http).toEqual({
      host: "127.0.0.1",
      port: 4000,
      maxConnections: 512,
      maxConnectionsPerAddress: 64,
      headersTimeoutMs: 10_000,
      receiveTimeoutMs: 30_000,
      deadlineMs: 18_000,
      cors: { origins: [], anyLocalhost: true },
    });
    expect(config.graphql.auth.maxAgeSeconds).toBe(12 * 3600);
  });

  it("caps the connections of one address at LIMIT_CONNECTIONS", () => {
    expect(loadConfig({ LIMIT_CONNECTIONS_PER_ADDRESS: "10" }).http.maxConnectionsPerAddress).toBe(10);
    expect(loadConfig({ LIMIT_CONNECTIONS: "40" }).http.maxConnectionsPerAddress).toBe(40);
  });

  it("puts the request deadline 3 s after the transaction timeout unless REQUEST_DEADLINE_MS says otherwise", () => {
    expect(loadConfig({ DB_TRANSACTION_TIMEOUT_MS: "2000" }).http.deadlineMs).toBe(5000);
    expect(loadConfig({ DB_TRANSACTION_TIMEOUT_MS: "2000", REQUEST_DEADLINE_MS: "10000" }).http.deadlineMs).toBe(
      10_000,
    );
  });

  it.each([
    ["30m", 1800],
    ["2h", 7200],
    ["1d", 86_400],
    ["900", 900],
  ])("reads JWT_MAX_AGE=%s as %d seconds", (value, seconds) => {
    expect(loadConfig({ JWT_MAX_AGE: value }).graphql.auth.maxAgeSeconds).toBe(seconds);
  });

  it.each([
    ["DB_TRANSACTION_TIMEOUT_MS", "2000", 2000],
    ["DB_TRANSACTION_TIMEOUT_MS", "2s", 2000],
    ["DB_TRANSACTION_TIMEOUT_MS", "1.5m", 90_000],
    ["HTTP_HEADERS_TIMEOUT_MS", "250ms", 250],
    ["NEO4J_CONNECT_TIMEOUT", "5", 5000],
    ["NEO4J_CONNECT_TIMEOUT", "2.5", 2500],
    ["NEO4J_CONNECT_TIMEOUT", "1500ms", 1500],
    ["LOCAL_NEO4J_START_TIMEOUT", "10m", 600_000],
    ["IMPORT_PREVIEW_TTL", "90", 90_000],
  ])("reads the duration %s=%s as %d ms: a unit, or a bare number in the unit of the name", (name, value, ms) => {
    const config = loadConfig({ [name]: value });
    expect(
      {
        DB_TRANSACTION_TIMEOUT_MS: config.graphql.limits.transactionTimeoutMs,
        HTTP_HEADERS_TIMEOUT_MS: config.http.headersTimeoutMs,
        NEO4J_CONNECT_TIMEOUT: config.neo4j.connectTimeoutMs,
        LOCAL_NEO4J_START_TIMEOUT: config.localNeo4j.startTimeoutMs,
        IMPORT_PREVIEW_TTL: config.importUpload.previewTtlMs,
      }[name],
    ).toBe(ms);
  });

  it.each([
    [
      { JWT_MAX_AGE: "forever" },
      'JWT_MAX_AGE="forever": expected a duration such as "250ms", "30s", "15m" or "12h" (a bare number is seconds), from 1s to 7d',
    ],
    [{ JWT_MAX_AGE: "30d" }, 'JWT_MAX_AGE="30d": expected a duration'],
    [{ LIMIT_CONNECTIONS: "0" }, 'LIMIT_CONNECTIONS="0": expected a whole number from 1 to 100000'],
    [{ REQUEST_DEADLINE_MS: "15000" }, "REQUEST_DEADLINE_MS=15000 is not longer than DB_TRANSACTION_TIMEOUT_MS=15000"],
    [
      { HTTP_HEADERS_TIMEOUT_MS: "40000" },
      "HTTP_HEADERS_TIMEOUT_MS=40000 is longer than HTTP_RECEIVE_TIMEOUT_MS=30000",
    ],
  ])("rejects %o with one line that says why", (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(`Invalid configuration: ${message}`);
  });
});

describe("README.md's configuration table", () => {
  const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
  const table = readme.slice(
    readme.indexOf("## Configuration"),
    readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1),
  );
  const rows = table
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split(" | "));

  it("lists every variable the service reads, and no other", () => {
    const listed = rows.flatMap(([names = ""]) => [...names.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]));
    expect(listed.toSorted()).toEqual([...configurationVariables].sort());
  });

  it("gives each default as the service takes it", () => {
    const documented = rows
      .map(([names = "", fallback = ""]) => [names.slice(3, -1), /^`([^`]+)`$/.exec(fallback)?.[1]] as const)
      .filter((row): row is readonly [string, string] => row[1] !== undefined);
    expect(documented.length).toBeGreaterThan(30);
    for (const [name, fallback] of documented) {
      expect(loadConfig({ [name]: fallback }), `${name}=${fallback}`).toEqual(loadConfig({}));
    }
  });
});
