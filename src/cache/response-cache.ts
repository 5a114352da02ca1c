import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { LRUCache } from "lru-cache";
import type { Driver } from "neo4j-driver";
import type { CacheConfig } from "../config/index.js";
import type { GraphVersion } from "../db/graph-version.js";
import type { Context } from "../graphql/context.js";
import type { ServiceMetrics } from "../graphql/metrics.js";
import { VersionWatch } from "./version-watch.js";

/**
 * How long an answer is kept at most. Correctness comes from the version in the key; this
 * only bounds how long a write made outside the service's write paths (straight into
 * Neo4j, not through the API, the seed loader, the importer or npm run cypher) goes unseen.
 */
const ENTRY_TTL_SECONDS = 300;

/** The answers, in an LRU bounded by their size (lru-cache evicts). */
class SizedLru implements KeyValueCache<string> {
  private readonly lru: LRUCache<string, string>;

  constructor(readonly maxBytes: number) {
    this.lru = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (value, key) => Buffer.byteLength(value) + key.length,
    });
  }

  async get(key: string) {
    return this.lru.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions) {
    this.lru.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : {});
  }

  async delete(key: string) {
    return this.lru.delete(key);
  }

  clear() {
    this.lru.clear();
  }

  get entries() {
    return this.lru.size;
  }

  get bytes() {
    return this.lru.calculatedSize;
  }
}

export interface ResponseCache {
  /** The Apollo plugins: with the cache off, only the x-cache header (always MISS) and the counts. */
  plugins: ApolloServerPlugin<Context>[];
  /** Reads the graph's version and follows it until stop(). */
  start(): Promise<void>;
  stop(): void;
  /**
   * The version a write made here outside GraphQL (an upload's commit) wrote, so that the
   * next request sees it; undefined when it is not known whether the write landed.
   */
  learn(version: GraphVersion | undefined): void;
  /**
   * An answer of another route (a calendar feed), kept with the GraphQL answers under the
   * graph's version at the start: the one kept for `key`, or what `compute` answers (kept
   * unless undefined, or the version unknown).
   */
  remember(key: string, compute: () => Promise<string | undefined>): Promise<{ value?: string; hit: boolean }>;
}

const computed = async (compute: () => Promise<string | undefined>) => {
  const value = await compute();
  return { ...(value === undefined ? {} : { value }), hit: false };
};

/**
 * Answers of queries kept in memory, keyed by the operation, its variables, the caller's
 * roles and the graph's version (Apollo's response-cache plugin over a size-bounded LRU).
 * The version in the key is the one known when the request began, so an answer computed
 * while a write landed is stored under the older version, never the newer one. Errors,
 * and mutations, are never cached. Every answer says `x-cache: HIT` or `MISS`.
 */
export function createResponseCache(
  config: CacheConfig,
  db: { driver: Driver; database: string },
  metrics: ServiceMetrics,
): ResponseCache {
  if (!config.enabled)
    return {
      plugins: [outcome(metrics)],
      start: async () => undefined,
      stop: () => undefined,
      learn: () => undefined,
      remember: (_key, compute) => computed(compute),
    };
  const store = new SizedLru(config.maxBytes);
  const watch = new VersionWatch(db.driver, db.database, config.versionPollMs, () => store.clear());
  metrics.observeCache(() => ({
    entries: store.entries,
    bytes: store.bytes,
    maxBytes: store.maxBytes,
    graphVersion: watch.current?.number,
  }));
  // The version each request began under; none while the version is unknown (then the cache stands aside).
  const versionAtStart = new WeakMap<Context, string>();
  const keyed = async ({ contextValue }: GraphQLRequestContext<Context>) => versionAtStart.has(contextValue);
  return {
    plugins: [
      // Every query is cacheable; no Cache-Control header goes out: only the server knows the version.
      ApolloServerPluginCacheControl({ defaultMaxAge: ENTRY_TTL_SECONDS, calculateHttpHeaders: false }),
      responseCachePlugin<Context>({
        cache: store,
        async extraCacheKeyData({ contextValue }) {
          const version = watch.currentKey();
          if (version !== undefined) versionAtStart.set(contextValue, version);
          const roles = contextValue.jwt?.roles;
          return { version, roles: Array.isArray(roles) ? [...roles].map(String).sort() : [] };
        },
        shouldReadFromCache: keyed,
        shouldWriteToCache: keyed,
      }),
      outcome(metrics, watch),
    ],
    start: () => watch.start(),
    stop: () => watch.stop(),
    learn: (version) => (version ? watch.learn(version) : watch.forget()),
    async remember(key, compute) {
      const version = watch.currentKey();
      if (version === undefined) return computed(compute);
      // Apollo's keys begin "fqc:"; these cannot be mistaken for them.
      const versioned = `route:${version}:${key}`;
      const kept = await store.get(versioned);
      if (kept !== undefined) return { value: kept, hit: true };
      const answer = await computed(compute);
      if (answer.value !== undefined) await store.set(versioned, answer.value, { ttl: ENTRY_TTL_SECONDS });
      return answer;
    },
  };
}

/** Says whether the answer came from the cache, counts it, and tells the watch what a mutation committed. */
function outcome(metrics: ServiceMetrics, watch?: VersionWatch): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, metrics: requestMetrics, operation, contextValue }) {
          const write = contextValue.write;
          if (watch && write?.begun) {
            // Committed: the new version; otherwise it may have moved (a commit the database did not confirm).
            if (write.committedVersion) watch.learn(write.committedVersion);
            else watch.forget();
          }
          const hit = requestMetrics.responseCacheHit === true;
          response.http.headers.set("x-cache", hit ? "HIT" : "MISS");
          metrics.countRequest(operation?.operation ?? "none", hit ? "hit" : "miss");
        },
      };
    },
  };
}
