import path from "node:path";
import type { Driver } from "neo4j-driver";
import { importDefaults, type ImportLimits } from "../config/index.js";
import { withoutSecrets } from "../text/secrets.js";
import { ImportTooLargeError } from "./documents/errors.js";
import type { PlanFormat, PlanSource } from "./documents/index.js";
import { renderDocument } from "./documents/render.js";
import { type ImportedPlan, type ImportOptions, readPlan } from "./plan.js";
import { readVocabulary, type Vocabulary } from "./vocabulary.js";

export type ReadPlanOptions = ImportOptions & { limits?: Partial<ImportLimits> };

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * Reads a plan's source, of any format, into records. Word and PDF are read into the document
 * model and rendered as the text form, so that all go through the same plan readers; each
 * finding then names its place in the document (page, table, row) instead of a text line,
 * and what the reader could not read with confidence is reported, not imported.
 */
function readPlanFile(
  file: string,
  source: PlanSource,
  vocabulary: Vocabulary,
  options: ImportOptions,
): ImportedPlan & { format: PlanFormat } {
  if (source.format === "text") return { ...readPlan(file, source.text, vocabulary, options), format: "text" };
  const rendered = renderDocument(source.model);
  const plan = readPlan(file, rendered.text, vocabulary, options);
  const findings = plan.findings.map(({ line, ...finding }) => {
    const location = line === undefined ? undefined : rendered.locations[line - 1];
    return location === undefined ? finding : { ...finding, location };
  });
  for (const u of source.uncertain)
    findings.push({
      kind: "unreadable",
      location: u.location,
      where: `Tabell ${u.location.table ?? ""}`.trim(),
      text: withoutSecrets(u.text),
      message: u.message,
    });
  return { ...plan, findings, format: source.format };
}

/** A plan's source read into records against the graph's names, within IMPORT_MAX_RECORDS. */
export async function readPlanRecords(
  driver: Driver,
  database: string,
  file: string,
  source: PlanSource,
  options: ReadPlanOptions = {},
): Promise<ImportedPlan & { format: PlanFormat }> {
  const limits = { ...importDefaults, ...options.limits };
  const read = readPlanFile(file, source, await readVocabulary(driver, database), options);
  const records = read.initiatives.length + read.forums.length + read.meetings.length;
  if (records > limits.maxRecords) {
    throw new ImportTooLargeError(
      `${path.basename(file)} would propose ${records} records (${count(read.meetings.length, "meeting")}, ${count(read.forums.length, "forum")}, ${count(read.initiatives.length, "initiative")}); one import proposes at most ${limits.maxRecords} (IMPORT_MAX_RECORDS). Nothing was imported.`,
    );
  }
  return read;
}
