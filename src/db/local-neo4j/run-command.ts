import { spawn } from "node:child_process";

export interface CommandResult {
  code: number;
  output: string;
}

/**
 * Runs a program to completion and keeps the tail of what it printed. `detached` puts
 * the program (and what it forks, e.g. the Neo4j JVM) in its own process group, so that
 * Ctrl-C in the terminal reaches only our process, which then shuts down in order.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    detached?: boolean;
    keepChars?: number;
    /** Each whole line the program prints, as it prints it (for progress). */
    onLine?: (line: string) => void;
  } = {},
): Promise<CommandResult> {
  const keep = options.keepChars ?? 8000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      detached: options.detached ?? false,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let partial = "";
    const collect = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output = (output + text).slice(-keep);
      if (!options.onLine) return;
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) options.onLine(line);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") {
        reject(new MissingProgramError(command));
      } else {
        reject(error);
      }
    });
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export class MissingProgramError extends Error {
  override name = "MissingProgramError";
  constructor(readonly program: string) {
    super(`The program "${program}" was not found on PATH`);
  }
}
