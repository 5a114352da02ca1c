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
  /** Every latency, in the order measured (ms, to 0.01): the raw figures behind the percentiles. */
  samplesMs?: number[];
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 100) / 100;
}

/**
 * How long one measurement may take at most: no new call starts after it (the calls made
 * so far are the samples), so that a slow query at a large scale cannot hold the run for hours.
 */
interface TimeLimit {
  maxMs: number;
}
const NO_LIMIT: TimeLimit = { maxMs: Infinity };
const WARM_UP = 20;

/**
 * Runs `call` `requests` times from `concurrency` workers at once, after a warm-up, and
 * reports latency percentiles and throughput. Failures are counted and reported, not
 * thrown, so that one run still reports every query.
 */
export async function measure(
  call: () => Promise<void>,
  requests: number,
  concurrency: number,
  limit: TimeLimit = NO_LIMIT,
): Promise<Measurement> {
  const warmUpStarted = performance.now();
  for (let i = 0; i < Math.min(WARM_UP, requests) && performance.now() - warmUpStarted < limit.maxMs / 4; i++)
    await call();
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests && performance.now() - started < limit.maxMs) {
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
  return summarize(latencies, { concurrency, errors, firstError, elapsedMs: performance.now() - started });
}

/**
 * Runs several ways to the same answer at concurrency 1, one call of each in turn, so that
 * all of them see the same machine (JIT, caches, what else runs on the two cores) and
 * their ratio is not skewed by when each was measured.
 */
export async function measureSideBySide(
  calls: (() => Promise<void>)[],
  requests: number,
  limit: TimeLimit = NO_LIMIT,
): Promise<Measurement[]> {
  const warmUpStarted = performance.now();
  for (let i = 0; i < Math.min(WARM_UP, requests) && performance.now() - warmUpStarted < limit.maxMs / 4; i++)
    for (const call of calls) await call();
  const started = performance.now();
  const runs = calls.map(() => ({
    latencies: [] as number[],
    errors: 0,
    firstError: undefined as string | undefined,
    elapsedMs: 0,
  }));
  for (let i = 0; i < requests && performance.now() - started < limit.maxMs; i++) {
    for (const [n, call] of calls.entries()) {
      const run = runs[n];
      if (!run) continue;
      const begin = performance.now();
      try {
        await call();
        run.latencies.push(performance.now() - begin);
      } catch (error) {
        run.errors++;
        run.firstError ??= String((error as Error).cause ?? error);
      }
      run.elapsedMs += performance.now() - begin;
    }
  }
  return runs.map((run) => summarize(run.latencies, { concurrency: 1, ...run }));
}

function summarize(
  latencies: number[],
  run: { concurrency: number; errors: number; firstError: string | undefined; elapsedMs: number },
): Measurement {
  const samplesMs = latencies.map((ms) => Math.round(ms * 100) / 100);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    concurrency: run.concurrency,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    throughput: Math.round(latencies.length / (run.elapsedMs / 1000)),
    errors: run.errors,
    ...(run.firstError ? { firstError: run.firstError } : {}),
    samplesMs,
  };
}
