import path from "node:path";
import { type SeedRecord, seedFile } from "../seed/records/index.js";
import { findSecrets } from "../text/secrets.js";
import { annualWheelStart, readAnnualWheel } from "./annual-wheel.js";
import { slugify } from "./cell-text.js";
import { checkReferences } from "./contradictions.js";
import { measuresTableStart, readMeasuresTable } from "./measures-table.js";
import { periodIn, schoolYearIn } from "./norwegian-dates.js";
import { readPlanHead, titleOf } from "./plan-head.js";
import { type Finding, UnknownLayoutError } from "./report.js";
import { withoutDocumentSecrets } from "./secrets.js";
import { type Vocabulary, named } from "./vocabulary.js";

/** A plan read into seed records, validated like seeds/, with what the importer noticed. */
export interface ImportedPlan {
  layout: "årshjul" | "measures";
  title: string;
  initiatives: SeedRecord<"initiatives">[];
  forums: SeedRecord<"forums">[];
  meetings: SeedRecord<"meetings">[];
  findings: Finding[];
}

export interface ImportOptions {
  /** The network the plan belongs to, when its title does not name one. */
  network?: string;
}

/** Reads an extracted plan (tab-separated tables, light HTML in cells) into seed records. */
export function readPlan(
  file: string,
  text: string,
  vocabulary: Vocabulary,
  options: ImportOptions = {},
): ImportedPlan {
  const document = path.basename(file);
  // Every secret the document holds, read as a whole (a label on one line, its value on the next).
  const secrets = findSecrets(text);
  const lines = text.split(/\r?\n/);
  const findings: Finding[] = [];
  const wheelAt = annualWheelStart(lines);
  const measuresAt = wheelAt < 0 ? measuresTableStart(lines) : -1;
  const tablesAt = wheelAt >= 0 ? wheelAt : measuresAt;
  if (tablesAt < 0) {
    throw new UnknownLayoutError(
      document,
      "found neither an årshjul (a row of forum columns over a Hvem row, then year tables with month rows) nor a table of measures (HVA, HVORDAN, MÅLGRUPPE, NÅR, ANSVAR)",
    );
  }
  const title = titleOf(lines);
  if (!title) throw new UnknownLayoutError(document, "the plan has no title line");
  const head = readPlanHead(title, lines.slice(0, tablesAt).join("\n"), vocabulary, options, findings);
  const missing = [
    !head.network && "the network (name it in the title, or pass --network ID)",
    !head.scheme && "the grant scheme (Rekom, Dekom or Kompetanseløftet in the title)",
  ].filter(Boolean);
  if (missing.length > 0)
    throw new UnknownLayoutError(document, `the title "${title}" does not say ${missing.join(" or ")}`);
  const network = head.network ?? "";
  const scheme = head.scheme ?? "";

  const plan: ImportedPlan = {
    layout: wheelAt >= 0 ? "årshjul" : "measures",
    title,
    initiatives: [],
    forums: [],
    meetings: [],
    findings,
  };
  if (wheelAt >= 0) {
    const wheel = readWheelPlan(lines, wheelAt, { document, title, network, scheme, head }, vocabulary, findings);
    plan.initiatives = wheel.initiatives;
    plan.forums = wheel.forums;
    plan.meetings = wheel.meetings;
  } else {
    const tableTitle =
      lines
        .slice(0, measuresAt)
        .reverse()
        .find((l) => l.trim() !== "") ?? "";
    const fallbackPeriod = periodIn(tableTitle);
    plan.initiatives = readMeasuresTable(
      lines,
      measuresAt,
      { document, network, scheme, ...(fallbackPeriod ? { fallbackPeriod } : {}) },
      vocabulary,
      findings,
    );
  }
  return validated(document, withoutDocumentSecrets(plan, secrets));
}

/** An årshjul plan: one initiative, named by the title, with the forums and meetings of its tables. */
function readWheelPlan(
  lines: string[],
  wheelAt: number,
  {
    document,
    title,
    network,
    scheme,
    head,
  }: {
    document: string;
    title: string;
    network: string;
    scheme: string;
    head: ReturnType<typeof readPlanHead>;
  },
  vocabulary: Vocabulary,
  findings: Finding[],
): Pick<ImportedPlan, "initiatives" | "forums" | "meetings"> {
  const firstYear = schoolYearIn(title);
  if (firstYear === undefined)
    throw new UnknownLayoutError(document, `the title "${title}" gives no school year such as 2024/2025`);
  const initiative =
    named(
      title,
      vocabulary.initiatives.filter((i) => i.network === network),
    )?.id ?? slugify(title);
  const existingForums = new Map(
    vocabulary.forums
      .filter((f) => f.initiative === initiative)
      .flatMap((f) => f.names.map((n) => [n.toLowerCase(), f.id] as const)),
  );
  const places = { institutions: vocabulary.institutions, municipalities: vocabulary.municipalities };
  const wheel = readAnnualWheel(lines, wheelAt, { document, initiative, firstYear, existingForums, places }, findings);
  checkReferences(wheel.meetings, firstYear, findings);
  const record: SeedRecord<"initiatives"> = {
    id: initiative,
    name: title,
    kind: "measure",
    scheme,
    network,
    period: { from: `${firstYear}-08`, to: `${firstYear + 1}-06` },
    periodText: `${firstYear}/${firstYear + 1}`,
    partners: head.partners,
    source: { document, location: "Title and intro" },
  };
  if (head.municipalities) record.municipalities = head.municipalities;
  if (head.targetGroups) record.targetGroups = head.targetGroups as SeedRecord<"initiatives">["targetGroups"];
  return { initiatives: [record], forums: wheel.forums, meetings: wheel.meetings.map((m) => m.record) };
}

/** The same zod schemas as seeds/: an importer mistake fails here, before anything is written. */
function validated(document: string, plan: ImportedPlan): ImportedPlan {
  const parsed = seedFile.safeParse({ initiatives: plan.initiatives, forums: plan.forums, meetings: plan.meetings });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`${document}: the plan read into records that do not validate:\n  ${problems.join("\n  ")}`);
  }
  return {
    ...plan,
    initiatives: parsed.data.initiatives ?? [],
    forums: parsed.data.forums ?? [],
    meetings: parsed.data.meetings ?? [],
  };
}
