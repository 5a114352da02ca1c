import { isSlug } from "../text/ids.js";
import { redactSecrets, type Secret } from "../text/secrets.js";
import type { Finding } from "./report.js";

/** What this pass reads of an ImportedPlan (src/import/plan.ts, which calls it: no import back). */
interface PlanTexts {
  title: string;
  initiatives: unknown[];
  forums: unknown[];
  meetings: unknown[];
  findings: Finding[];
}

/**
 * The last pass over a plan read into records: every text of every record and of every
 * finding, with the secrets of the whole document (a passcode whose label stands on
 * another line, a meeting ID written again elsewhere) left out wherever they are written.
 * Cells were filtered as they were read; this pass is what makes sure, for every layout
 * and every line the importer keeps or reports. Ids (slugs) are references, never changed.
 */
export function withoutDocumentSecrets<Plan extends PlanTexts>(plan: Plan, secrets: readonly Secret[]): Plan {
  const left: string[] = [];
  const clean = (value: unknown, path: string): unknown => {
    if (typeof value === "string") {
      if (isSlug(value)) return value;
      const { text } = redactSecrets(value, secrets);
      if (text !== value) left.push(path);
      return text;
    }
    if (Array.isArray(value)) return value.map((item, i) => clean(item, `${path}[${i}]`));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, clean(item, path ? `${path}.${key}` : key)]),
      );
    }
    return value;
  };
  const records = clean({ initiatives: plan.initiatives, forums: plan.forums, meetings: plan.meetings }, "") as Pick<
    Plan,
    "initiatives" | "forums" | "meetings"
  >;
  const findings = plan.findings.map((f, i) => clean(f, `findings[${i}]`) as Finding);
  const title = clean(plan.title, "title") as string;
  for (const where of left.filter((path) => !path.startsWith("findings"))) {
    findings.push({
      kind: "secret",
      where: `posten ${where}`,
      text: "",
      message: "utelatt en møtelenke, møte-ID eller et passord som står et annet sted i planen",
    });
  }
  return { ...plan, ...records, title, findings };
}
