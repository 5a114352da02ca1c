import { z } from "zod";
import { count, directory, duration, expected, flag, memorySize, port, projectRoot } from "./value-kinds.js";

export { projectRoot };

/** Documented development default; override NEO4J_PASSWORD anywhere that is not a laptop. */
export const DEVELOPMENT_PASSWORD = "kompetansegraf-dev";

/** The page of a list or connection that names no limit or first, unless LIMIT_DEFAULT_PAGE says otherwise. */
const DEFAULT_PAGE = 50;

/** The importer's bounds: a plan is a few kB to 40 kB of text and proposes tens of records. */
export const importDefaults = { maxBytes: 2 * 1024 * 1024, maxRecords: 2000 } as const;

const environmentSchema = z.object({
  NODE_ENV: z.string().optional(),
  GRAPHQL_INTROSPECTION: flag,
  GRAPHQL_LANDING_PAGE: flag,
  GRAPHQL_SAFELIST: flag,
  JWT_SECRET: z.string().min(32).optional().describe("an HS256 secret of at least 32 characters"),
  JWT_JWKS_URL: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("the https URL of a JSON Web Key Set"),
  JWT_ISSUER: z.string().min(1).optional().describe("an issuer"),
  JWT_AUDIENCE: z.string().min(1).optional().describe("an audience"),
  JWT_MAX_AGE: duration("s", "7d", "12h"),
  LIMIT_DEPTH: count(100, 12),
  LIMIT_INPUT_DEPTH: count(100, 16),
  LIMIT_FILTER_DEPTH: count(100, 3),
  LIMIT_FILTERS: count(10_000, 10),
  LIMIT_COST: count(100_000_000, 150_000),
  LIMIT_ALIASES: count(1000, 30),
  LIMIT_ROOT_FIELDS: count(1000, 20),
  LIMIT_BATCH: count(100, 1),
  LIMIT_BODY_BYTES: count(100 * 1024 * 1024, 102_400),
  LIMIT_PAGE_SIZE: count(1_000_000, 1000),
  LIMIT_DEFAULT_PAGE: count(1_000_000),
  DB_TRANSACTION_TIMEOUT_MS: duration("ms", "1h", "15s"),
  IMPORT_MAX_BYTES: count(1024 * 1024 * 1024, importDefaults.maxBytes),
  IMPORT_MAX_RECORDS: count(10_000_000, importDefaults.maxRecords),
  IMPORT_PREVIEW_TTL: duration("s", "1d", "15m"),
  // Unset: DB_TRANSACTION_TIMEOUT_MS + 3 s (see loadConfig).
  REQUEST_DEADLINE_MS: duration("ms", "1h"),
  LIMIT_CONNECTIONS: count(100_000, 512),
  LIMIT_CONNECTIONS_PER_ADDRESS: count(100_000, 64),
  HTTP_HEADERS_TIMEOUT_MS: duration("ms", "10m", "10s"),
  HTTP_RECEIVE_TIMEOUT_MS: duration("ms", "1h", "30s"),
  CACHE_ENABLED: flag,
  CACHE_MAX_BYTES: count(64 * 1024 * 1024 * 1024, 64 * 1024 * 1024),
  // Below CACHE_FRESHNESS_MS, so that a poll has time to answer before the known version counts as too old.
  CACHE_VERSION_POLL_MS: duration("ms", "500ms", "250ms"),
  METRICS_TOKEN: z.string().min(16).optional().describe("a token of at least 16 characters"),
  HOST: z.string().min(1).default("127.0.0.1").describe("a host name or IP address"),
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^(none|https?:\/\/[^/\s]+)$/)))
    .optional()
    .describe('"none" or origins such as http://localhost:5173, comma-separated'),
  PORT: port(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/)
    .optional()
    .describe("a Bolt URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io"),
  NEO4J_USERNAME: z.string().min(1).default("neo4j").describe("a user name"),
  NEO4J_PASSWORD: z.string().min(8).default(DEVELOPMENT_PASSWORD).describe("at least 8 characters (Neo4j's minimum)"),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{2,62}$/)
    .default("neo4j")
    .describe("a Neo4j database name such as neo4j"),
  NEO4J_CONNECT_TIMEOUT: duration("s", "25s", "20s"),
  LOCAL_NEO4J_VERSION: z
    .string()
    .regex(/^5\.\d+\.\d+$/)
    .default("5.26.30")
    .describe("a Neo4j 5 version such as 5.26.30"),
  LOCAL_NEO4J_BOLT_PORT: port(7687),
  LOCAL_NEO4J_DATA_DIR: directory(".data/neo4j"),
  LOCAL_NEO4J_CACHE_DIR: directory(".neo4j"),
  LOCAL_NEO4J_HEAP: memorySize("1g"),
  LOCAL_NEO4J_PAGECACHE: memorySize("1g"),
  LOCAL_NEO4J_START_TIMEOUT: duration("s", "15m", "120s"),
});

type Variable = keyof typeof environmentSchema.shape;

/** Every environment variable the service reads (README.md's configuration table lists them). */
export const configurationVariables = Object.keys(environmentSchema.shape) as Variable[];

export interface LocalNeo4jConfig {
  version: string;
  boltPort: number;
  dataDir: string;
  cacheDir: string;
  heap: string;
  pageCache: string;
  password: string;
  startTimeoutMs: number;
}

export interface Limits {
  /** Deepest nesting of fields in an operation. */
  depth: number;
  /** Deepest nesting of input objects and lists, in arguments and in variables. */
  inputDepth: number;
  /** Most relationship filters nested inside one another in one argument (src/graphql/limits/relationship-filters.ts). */
  filterDepth: number;
  /** Most relationship filters in one operation, nested ones included. */
  filters: number;
  /** Highest estimated cost of an operation: the objects its answer may hold (src/graphql/limits/cost.ts). */
  cost: number;
  aliases: number;
  /** Most fields at the root of one operation. */
  rootFields: number;
  /** Most operations in one batched HTTP request; 1 turns batching off. */
  batch: number;
  bodyBytes: number;
  /** Most items a list or connection returns in one page. */
  pageSize: number;
  /** Items a list or connection returns when the request names no limit or first (at most pageSize). */
  defaultPage: number;
  /** Every database transaction is cut off after this. */
  transactionTimeoutMs: number;
}

/** What the HTTP server lets stay open, and how long a request may take. */
export interface HttpConfig {
  host: string;
  port: number;
  cors: CorsConfig;
  /** Most connections open at once; further ones are closed at once. */
  maxConnections: number;
  /** Most of them from one client address (an IPv6 /64), at most maxConnections. */
  maxConnectionsPerAddress: number;
  /** A client that has not sent all its request headers by then gets 408 and is disconnected. */
  headersTimeoutMs: number;
  /** The same for the whole request, headers and body. */
  receiveTimeoutMs: number;
  /** A /graphql, calendar or /import request not answered by then gets 503, whatever it waits for; its reads are stopped. */
  deadlineMs: number;
}

export interface AuthConfig {
  /** HS256 secret that signs editors' tokens. */
  secret?: string;
  /** Or: where the keys that sign them are published. */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** Longest a token may live: older ones, and ones whose exp lies further after their iat, are refused. */
  maxAgeSeconds: number;
}

/** Which other origins' pages may call the API from a browser. */
export interface CorsConfig {
  origins: string[];
  /** Any http://localhost:PORT (and 127.0.0.1, [::1]): the development default. */
  anyLocalhost: boolean;
}

export interface ImportLimits {
  /** Largest plan file the importer reads. */
  maxBytes: number;
  /** Most records (initiatives, forums and meetings) one import may propose. */
  maxRecords: number;
}

/** The response cache (src/cache/): answers kept in memory, keyed by the graph's version. */
export interface CacheConfig {
  enabled: boolean;
  /** The most the cached answers may take, roughly in bytes of their JSON. */
  maxBytes: number;
  /** How often the graph's version is read, to learn other instances' writes. */
  versionPollMs: number;
}

export interface Config {
  http: HttpConfig;
  cache: CacheConfig;
  /** GET /metrics answers a request that carries this bearer token; unset, it is not served. */
  metricsToken?: string;
  graphql: {
    production: boolean;
    introspection: boolean;
    /** GraphiQL for a browser's GET /graphql (src/http/dashboard-route.ts). */
    landingPage: boolean;
    /** Only registered operations run (src/graphql/safelist.ts). */
    safelist: boolean;
    limits: Limits;
    auth: AuthConfig;
  };
  neo4j: {
    /** Absent: the service starts (or reuses) a local Neo4j from the jars Maven fetches. */
    uri?: string;
    username: string;
    password: string;
    database: string;
    connectTimeoutMs: number;
  };
  localNeo4j: LocalNeo4jConfig;
  import: ImportLimits;
  /** POST /import: how long a preview is kept for its commit. */
  importUpload: { previewTtlMs: number };
}

/** How long after the transaction timeout a request's deadline falls, unless REQUEST_DEADLINE_MS is set. */
const DEADLINE_MARGIN_MS = 3_000;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment once; the first problem is reported as one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    configurationVariables.filter((key) => env[key] !== undefined && env[key] !== "").map((key) => [key, env[key]]),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const variable = parsed.error.issues[0]?.path[0] as Variable;
    const shown = ["NEO4J_PASSWORD", "JWT_SECRET", "METRICS_TOKEN"].includes(variable)
      ? "(hidden)"
      : JSON.stringify(present[variable]);
    throw new ConfigError(
      `Invalid configuration: ${variable}=${shown}: expected ${expected(environmentSchema.shape[variable])}`,
    );
  }
  const e = parsed.data;
  if (e.JWT_SECRET && e.JWT_JWKS_URL) {
    throw new ConfigError("Invalid configuration: JWT_SECRET and JWT_JWKS_URL are both set: expected one of them");
  }
  if (e.LIMIT_DEFAULT_PAGE !== undefined && e.LIMIT_DEFAULT_PAGE > e.LIMIT_PAGE_SIZE) {
    throw new ConfigError(
      `Invalid configuration: LIMIT_DEFAULT_PAGE=${JSON.stringify(present.LIMIT_DEFAULT_PAGE)}: expected at most LIMIT_PAGE_SIZE (${e.LIMIT_PAGE_SIZE})`,
    );
  }
  // Neo4j looks for transactions past their timeout every 2 s (db.transaction.monitor.check.interval),
  // so its own TIMEOUT answer comes up to 2 s late; the deadline leaves it that, and 1 s more.
  const deadlineMs = e.REQUEST_DEADLINE_MS ?? e.DB_TRANSACTION_TIMEOUT_MS + DEADLINE_MARGIN_MS;
  if (deadlineMs <= e.DB_TRANSACTION_TIMEOUT_MS) {
    throw new ConfigError(
      `Invalid configuration: REQUEST_DEADLINE_MS=${deadlineMs} is not longer than DB_TRANSACTION_TIMEOUT_MS=${e.DB_TRANSACTION_TIMEOUT_MS}: ` +
        "a request would be cut off before the database's own time limit can answer it",
    );
  }
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_RECEIVE_TIMEOUT_MS) {
    throw new ConfigError(
      `Invalid configuration: HTTP_HEADERS_TIMEOUT_MS=${e.HTTP_HEADERS_TIMEOUT_MS} is longer than HTTP_RECEIVE_TIMEOUT_MS=${e.HTTP_RECEIVE_TIMEOUT_MS}: ` +
        "the headers are part of the request",
    );
  }
  const production = e.NODE_ENV === "production";
  return {
    http: {
      host: e.HOST,
      port: e.PORT,
      cors: {
        origins: (e.CORS_ORIGINS ?? []).filter((origin) => origin !== "none"),
        anyLocalhost: e.CORS_ORIGINS === undefined && !production,
      },
      maxConnections: e.LIMIT_CONNECTIONS,
      maxConnectionsPerAddress: Math.min(e.LIMIT_CONNECTIONS_PER_ADDRESS, e.LIMIT_CONNECTIONS),
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      receiveTimeoutMs: e.HTTP_RECEIVE_TIMEOUT_MS,
      deadlineMs,
    },
    cache: { enabled: e.CACHE_ENABLED ?? true, maxBytes: e.CACHE_MAX_BYTES, versionPollMs: e.CACHE_VERSION_POLL_MS },
    ...(e.METRICS_TOKEN ? { metricsToken: e.METRICS_TOKEN } : {}),
    graphql: {
      production,
      introspection: e.GRAPHQL_INTROSPECTION ?? !production,
      landingPage: e.GRAPHQL_LANDING_PAGE ?? !production,
      safelist: e.GRAPHQL_SAFELIST ?? false,
      limits: {
        depth: e.LIMIT_DEPTH,
        inputDepth: e.LIMIT_INPUT_DEPTH,
        filterDepth: e.LIMIT_FILTER_DEPTH,
        filters: e.LIMIT_FILTERS,
        cost: e.LIMIT_COST,
        aliases: e.LIMIT_ALIASES,
        rootFields: e.LIMIT_ROOT_FIELDS,
        batch: e.LIMIT_BATCH,
        bodyBytes: e.LIMIT_BODY_BYTES,
        pageSize: e.LIMIT_PAGE_SIZE,
        defaultPage: e.LIMIT_DEFAULT_PAGE ?? Math.min(DEFAULT_PAGE, e.LIMIT_PAGE_SIZE),
        transactionTimeoutMs: e.DB_TRANSACTION_TIMEOUT_MS,
      },
      auth: {
        ...(e.JWT_SECRET ? { secret: e.JWT_SECRET } : {}),
        ...(e.JWT_JWKS_URL ? { jwksUrl: e.JWT_JWKS_URL } : {}),
        ...(e.JWT_ISSUER ? { issuer: e.JWT_ISSUER } : {}),
        ...(e.JWT_AUDIENCE ? { audience: e.JWT_AUDIENCE } : {}),
        maxAgeSeconds: e.JWT_MAX_AGE / 1000,
      },
    },
    neo4j: {
      ...(e.NEO4J_URI ? { uri: e.NEO4J_URI } : {}),
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT,
    },
    localNeo4j: {
      version: e.LOCAL_NEO4J_VERSION,
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      dataDir: e.LOCAL_NEO4J_DATA_DIR,
      cacheDir: e.LOCAL_NEO4J_CACHE_DIR,
      heap: e.LOCAL_NEO4J_HEAP,
      pageCache: e.LOCAL_NEO4J_PAGECACHE,
      password: e.NEO4J_PASSWORD,
      startTimeoutMs: e.LOCAL_NEO4J_START_TIMEOUT,
    },
    import: { maxBytes: e.IMPORT_MAX_BYTES, maxRecords: e.IMPORT_MAX_RECORDS },
    importUpload: { previewTtlMs: e.IMPORT_PREVIEW_TTL },
  };
}
