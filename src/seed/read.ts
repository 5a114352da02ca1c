import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import type { z } from "zod";
import { type SeedData, type SeedKind, type SeedRecord, seedFile, seedKinds } from "./records/index.js";
import { danglingReferences, keyOf } from "./references.js";
import { registerRecords } from "./register.js";

export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: string[]) {
    super(`The seed files are not valid; nothing was written:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  }
}

async function listSeedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(ya?ml|json|csv)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * A seed file's content: YAML for people to edit, JSON for generated data (it parses much
 * faster), CSV for the national register of municipalities and counties.
 */
function parseFile(file: string, text: string): { content: Record<string, unknown> } | { errors: string[] } {
  if (file.endsWith(".csv")) {
    try {
      return { content: registerRecords(text, path.basename(file)) };
    } catch (error) {
      return { errors: [error instanceof Error ? error.message : String(error)] };
    }
  }
  if (file.endsWith(".json")) {
    try {
      return { content: (JSON.parse(text) ?? {}) as Record<string, unknown> };
    } catch (error) {
      return { errors: [error instanceof Error ? error.message : String(error)] };
    }
  }
  const document = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) return { errors: document.errors.map((e) => e.message.split("\n")[0] ?? e.message) };
  return { content: (document.toJS() ?? {}) as Record<string, unknown> };
}

/** "schemes[2] (id dekom), field sector" for a record of a file. */
function describeRecord(kind: string, index: number, record: unknown, field: readonly PropertyKey[]): string {
  const id = (record as { id?: unknown } | undefined)?.id;
  const named = typeof id === "string" ? ` (id ${id})` : "";
  return `${kind}[${index}]${named}${field.length ? `, field ${field.join(".")}` : ""}`;
}

function describeIssue(issue: z.core.$ZodIssue, content: Record<string, unknown>): string {
  const [kind, index, ...field] = issue.path;
  if (typeof kind !== "string" || typeof index !== "number") {
    return `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`;
  }
  const record = (content[kind] as unknown[] | undefined)?.[index];
  return `${describeRecord(kind, index, record, field)}: ${issue.message}`;
}

/**
 * Reads every YAML (and JSON) file under `dir`, validates each record against its kind's schema,
 * merges the files by kind and checks that ids are unique and every reference resolves.
 * All problems are reported together, each naming the file, the record and the field.
 */
export async function readSeeds(dir: string): Promise<SeedData> {
  const data = Object.fromEntries(seedKinds.map((kind) => [kind, []])) as unknown as SeedData;
  const origins = new Map<SeedKind, { file: string; index: number }[]>(seedKinds.map((kind) => [kind, []]));
  const problems: string[] = [];
  const firstSeen = new Map<string, string>();

  for (const file of await listSeedFiles(dir)) {
    const name = path.relative(path.dirname(dir), file);
    const parsedFile = parseFile(file, await readFile(file, "utf8"));
    if ("errors" in parsedFile) {
      problems.push(...parsedFile.errors.map((e) => `${name}: ${e}`));
      continue;
    }
    const { content } = parsedFile;
    const parsed = seedFile.safeParse(content);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${name}: ${describeIssue(issue, content)}`));
      continue;
    }
    for (const kind of Object.keys(parsed.data) as SeedKind[]) {
      const records = (parsed.data[kind] ?? []) as SeedRecord<SeedKind>[];
      records.forEach((record, index) => {
        const key = `${kind}/${keyOf(kind, record)}`;
        const other = firstSeen.get(key);
        if (other) {
          problems.push(
            `${name}: ${describeRecord(kind, index, record, [])}: ${keyOf(kind, record)} is already in ${other}`,
          );
        } else {
          firstSeen.set(key, name);
        }
        origins.get(kind)?.push({ file: name, index });
        // One at a time: push(...records) overflows the stack past about 100,000 records.
        (data[kind] as SeedRecord<SeedKind>[]).push(record);
      });
    }
  }
  if (problems.length === 0) {
    for (const [kind, position, field, message] of danglingReferences(data)) {
      const origin = origins.get(kind)?.[position];
      const record = data[kind][position];
      problems.push(`${origin?.file}: ${describeRecord(kind, origin?.index ?? position, record, [field])}: ${message}`);
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return data;
}
