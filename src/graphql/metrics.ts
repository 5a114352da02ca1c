import { Counter, Gauge, Registry, collectDefaultMetrics } from "prom-client";

/** What the response cache holds, read when /metrics is asked. */
export interface CacheFigures {
  entries: number;
  bytes: number;
  maxBytes: number;
  /** The number of the graph's version the instance knows, when it knows one. */
  graphVersion: number | undefined;
}

export type CacheOutcome = "hit" | "miss";

/** One service's metrics, in a registry of its own (two services in one process keep theirs apart). */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: "kompetansegraf_graphql_requests_total",
    help: "GraphQL operations answered, by operation type and whether the answer came from the response cache",
    labelNames: ["operation", "cache"] as const,
    registers: [this.registry],
  });
  private cacheFigures: () => CacheFigures | undefined = () => undefined;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const figures = () => this.cacheFigures();
    const gauge = (name: string, help: string, value: (f: CacheFigures) => number | undefined) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const f = figures();
          const v = f && value(f);
          if (v === undefined) this.reset();
          else this.set(v);
        },
      });
    gauge("kompetansegraf_response_cache_entries", "Answers held by the response cache", (f) => f.entries);
    gauge("kompetansegraf_response_cache_bytes", "Size of the answers held (bytes of their JSON)", (f) => f.bytes);
    gauge("kompetansegraf_response_cache_max_bytes", "CACHE_MAX_BYTES", (f) => f.maxBytes);
    gauge("kompetansegraf_graph_version", "Number of the graph's version this instance knows", (f) => f.graphVersion);
    const requests = this.requests;
    new Gauge({
      name: "kompetansegraf_response_cache_hit_ratio",
      help: "Share of queries answered from the response cache since the service started",
      registers: [this.registry],
      async collect() {
        const { values } = await requests.get();
        const queries = values.filter((v) => v.labels.operation === "query");
        const all = queries.reduce((sum, v) => sum + v.value, 0);
        const hits = queries.filter((v) => v.labels.cache === "hit").reduce((sum, v) => sum + v.value, 0);
        this.set(all === 0 ? 0 : hits / all);
      },
    });
  }

  countRequest(operation: string, cache: CacheOutcome): void {
    this.requests.inc({ operation, cache });
  }

  /** Where the cache's figures come from (the cache is made once the database is open). */
  observeCache(figures: () => CacheFigures): void {
    this.cacheFigures = figures;
  }
}
