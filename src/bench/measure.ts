import { performance } from "node:perf_hooks";

export interface Measurement {
  requests: number;
  concurrency: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Requests per second over the whole run. */
  throughput: number;
  /** Calls that failed; their latencies are left out. */
  errors: number;
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

/**
 * Runs `call` `requests` times from `concurrency` workers at once, after a warm-up, and
 * reports latency percentiles and throughput. Failures are counted and reported, not
 * thrown, so that one run still reports every query.
 */
export async function measure(call: () => Promise<void>, requests: number, concurrency: number): Promise<Measurement> {
  for (let i = 0; i < Math.min(20, requests); i++) await call();
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        const begin = performance.now();
        try {
          await call();
          latencies.push(performance.now() - begin);
        } catch (error) {
          errors++;
          firstError ??= String((error as Error).cause ?? error);
        }
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    concurrency,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    throughput: Math.round(latencies.length / elapsedS),
    errors,
    ...(firstError ? { firstError } : {}),
  };
}
