import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../config/index.js";

/** The machine's 1-minute load average, to two decimals: others' work on the same cores is noise. */
export const loadAverage = (): number => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

/** The installed version of a package, as package-lock.json records it. */
export function packageVersion(name: string): string {
  const lock = JSON.parse(readFileSync(path.join(projectRoot, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  return lock.packages[`node_modules/${name}`]?.version ?? "?";
}

/** The commit measured, marked when the working tree has changes to tracked files. */
export function currentCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" }).trim();
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " (with changes)" : ""}`;
  } catch {
    return "?";
  }
}

export function machine(): { machine: string; os: string } {
  return {
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
  };
}
