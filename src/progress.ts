/** Where the service and the command-line programs say what they do, one line at a time. */
export type Log = (line: string) => void;

export interface StepOptions {
  /** On a terminal a long step says how far along it is every few seconds; in a log file only its start and end. */
  terminal?: boolean;
  intervalMs?: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * Runs one long step (a download, a database start, a seed load) so that it is never
 * silent: a line when it starts, how far along it is while it runs (on a terminal), and
 * a line when it ends, with the time it took. `progress` takes the latest "how far".
 */
export async function longStep<T>(
  log: Log,
  title: string,
  run: (progress: (detail: string) => void) => Promise<T>,
  summary: (result: T) => string = () => "done",
  options: StepOptions = {},
): Promise<T> {
  const started = Date.now();
  let detail = "";
  log(`${title} …`);
  const timer =
    (options.terminal ?? Boolean(process.stdout.isTTY))
      ? setInterval(
          () => log(`  … ${detail || "still working"} (${seconds(Date.now() - started)})`),
          options.intervalMs ?? 5_000,
        )
      : undefined;
  timer?.unref();
  try {
    const result = await run((latest) => {
      detail = latest;
    });
    log(`${title}: ${summary(result)} in ${seconds(Date.now() - started)}`);
    return result;
  } catch (error) {
    log(`${title}: failed after ${seconds(Date.now() - started)}`);
    throw error;
  } finally {
    clearInterval(timer);
  }
}
