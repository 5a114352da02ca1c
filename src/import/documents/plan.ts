import type { ImportLimits } from "../../config/index.js";
import { withoutSecrets } from "../../text/secrets.js";
import { type ImportedPlan, type ImportOptions, readPlan } from "../plan.js";
import type { Vocabulary } from "../vocabulary.js";
import { readPlanSource, type PlanFormat } from "./index.js";
import { renderDocument } from "./render.js";

/**
 * Reads a plan file of any format into records. Word and PDF are read into the document
 * model and rendered as the text form, so that all go through the same plan readers; each
 * finding then names its place in the document (page, table, row) instead of a text line,
 * and what the reader could not read with confidence is reported, not imported.
 */
export async function readPlanFile(
  file: string,
  bytes: Buffer,
  vocabulary: Vocabulary,
  options: ImportOptions,
  limits: ImportLimits,
): Promise<ImportedPlan & { format: PlanFormat }> {
  const source = await readPlanSource(file, bytes, limits);
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
