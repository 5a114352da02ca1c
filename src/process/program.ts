import { type ChildProcess, spawn } from "node:child_process";
import { projectRoot } from "../config/index.js";

export interface ProgramProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first output line that matches, or rejects when the process exits first. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/**
 * Runs one of the project's programs (by default `npm start`'s src/main.ts) as a child
 * process with exactly this environment (and PATH and HOME): TypeScript through tsx, built
 * JavaScript (dist/…) as it is. For the tests and the load and benchmark scripts.
 * `echoErrors` also passes what it writes to stderr on to this process's stderr.
 */
export function startProgram(
  env: Record<string, string | undefined>,
  program: string[] = ["src/main.ts"],
  { echoErrors = false } = {},
): ProgramProcess {
  const started = Date.now();
  const loader = program[0]?.endsWith(".ts") ? ["--import", "tsx"] : [];
  const child = spawn(process.execPath, [...loader, ...program], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (echoErrors) child.stderr?.pipe(process.stderr);
  let output = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) =>
    child.on("exit", (code, signal) => {
      resolve({ code, signal, ms: Date.now() - started });
      for (const listener of listeners) listener();
    }),
  );

  return {
    child,
    output: () => output,
    exited,
    waitFor(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`Timed out waiting for ${pattern}; output:\n${output}`)),
          timeoutMs,
        );
        const check = () => {
          const line = output.split("\n").find((l) => pattern.test(l));
          if (line) finish(undefined, line);
          else if (child.exitCode !== null || child.signalCode !== null) {
            finish(new Error(`The process exited before printing ${pattern}; output:\n${output}`));
          }
        };
        const finish = (error?: Error, line?: string) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(line ?? "");
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** Long enough for a first start: the Neo4j jars fetched, the graph seeded. */
export const SERVE_TIMEOUT_MS = 30 * 60_000;

/** Waits until the service prints the address it serves at, and returns it (on 127.0.0.1 for a local one). */
export async function servedUrl(service: ProgramProcess, timeoutMs: number): Promise<string> {
  const line = await service.waitFor(/serving GraphQL at http:/, timeoutMs);
  return line.slice(line.indexOf("http:")).trim().replace("//localhost:", "//127.0.0.1:");
}
