import { withoutSecrets } from "../text/secrets.js";
import { describeLocation, type Location } from "./documents/model.js";

/** What the importer tells the coordinator, line by line: nothing it reads is dropped silently. */
export interface Finding {
  kind: "corrected" | "flagged" | "unreadable" | "skipped" | "secret" | "unknown" | "linked";
  /** 1-based line of the plan text, when the finding has one. */
  line?: number;
  /** Where in a Word or PDF document (page, table, row) or a spreadsheet (sheet, row, column), instead of a line. */
  location?: Location;
  /** Where in the plan, in words (Norwegian): "Årshjul 2025, rad April, kolonne Regionale samlinger". */
  where: string;
  /** What the plan says there (secrets never included). */
  text: string;
  message: string;
}

export class UnknownLayoutError extends Error {
  constructor(file: string, detail: string) {
    // The detail may quote the plan (its title): never a secret of it.
    super(withoutSecrets(`${file}: unknown plan layout: ${detail}. Nothing was imported.`));
    this.name = "UnknownLayoutError";
  }
}

export function formatFinding(f: Finding): string {
  const place = f.location ? describeLocation(f.location) : f.line === undefined ? "" : `linje ${f.line}`;
  // A spreadsheet's finding says where it is in words already.
  const line = place === "" || place === f.where ? "" : `${place}, `;
  return withoutSecrets(`${f.kind}: ${line}${f.where}: ${f.message}${f.text ? ` — "${f.text}"` : ""}`);
}
