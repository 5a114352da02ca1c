import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { type SeedData, type SeedKind, seedFile, seedKinds } from "./records.js";

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: string[]) {
    super(`The seed files are not valid; nothing was written:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  }
}

async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** "schemes[2] (id dekom), field sector: …" for one zod issue in one file. */
function describeIssue(issue: z.core.$ZodIssue, content: Record<string, unknown>): string {
  const [kind, index, ...field] = issue.path;
  if (typeof kind !== "string" || typeof index !== "number") {
    return `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`;
  }
  const record = (content[kind] as unknown[] | undefined)?.[index] as { id?: unknown } | undefined;
  const id = typeof record?.id === "string" ? ` (id ${record.id})` : "";
  const where = field.length ? `, field ${field.join(".")}` : "";
  return `${kind}[${index}]${id}${where}: ${issue.message}`;
}

/**
 * Reads every YAML file under `dir`, validates each against the record schemas and
 * merges them by kind. All problems are collected and reported together, each naming
 * the file, the record and the field.
 */
export async function readSeeds(dir: string): Promise<SeedData> {
  const data = Object.fromEntries(seedKinds.map((kind) => [kind, []])) as unknown as SeedData;
  const problems: string[] = [];
  const firstSeen = new Map<string, string>();

  for (const file of await listYamlFiles(dir)) {
    const name = path.relative(path.dirname(dir), file);
    const document = YAML.parseDocument(await readFile(file, "utf8"), { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
      problems.push(...document.errors.map((e) => `${name}: ${e.message.split("\n")[0]}`));
      continue;
    }
    const content = (document.toJS() ?? {}) as Record<string, unknown>;
    const parsed = seedFile.safeParse(content);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${name}: ${describeIssue(issue, content)}`));
      continue;
    }
    for (const kind of Object.keys(parsed.data) as SeedKind[]) {
      const records = parsed.data[kind] ?? [];
      records.forEach((record, index) => {
        const key = `${kind}/${record.id}`;
        const other = firstSeen.get(key);
        if (other) problems.push(`${name}: ${kind}[${index}] (id ${record.id}): the id is already used in ${other}`);
        else firstSeen.set(key, name);
      });
      (data[kind] as unknown[]).push(...records);
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return data;
}
