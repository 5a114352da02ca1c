/** What the command-line programs (npm run seed, import, neo4j) do when they fail. */

/** An error in how a program was called: it prints the usage and exits with 2. */
export const usageError = (message: string) => Object.assign(new Error(message), { code: "ERR_PARSE_ARGS_USAGE" });

/**
 * Reports the error of a failed program in one line, followed by the usage when the
 * arguments were wrong (node:util parseArgs's errors, or usageError); the exit code is 2
 * for wrong arguments, else 1.
 */
export function failCli(error: unknown, usage: string, print: (line: string) => void = console.error): void {
  print(error instanceof Error ? error.message : String(error));
  const badArguments = (error as { code?: string } | null)?.code?.startsWith("ERR_PARSE_ARGS") === true;
  if (badArguments) print(usage);
  process.exitCode = badArguments ? 2 : 1;
}
