/** The `npm run import` report for a spreadsheet: what would change, what was noticed, a summary. */
import { formatFinding } from "../report.js";
import { formatSheetChange, type SpreadsheetImport } from "./index.js";

export function reportSpreadsheetImport(
  document: string,
  result: SpreadsheetImport,
  options: { dryRun: boolean; uri: string },
  log: (line: string) => void,
): void {
  const { dryRun, uri } = options;
  const table = result.table === "membership" ? "network membership" : "partnerships";
  log(`${document}${result.sheet === undefined ? "" : `, sheet «${result.sheet}»`}: ${table}`);
  log("");
  log(dryRun ? "Would change (dry run: nothing is written):" : "Changes:");
  for (const change of result.changes) for (const line of formatSheetChange(change)) log(`  ${line}`);
  if (result.findings.length > 0) {
    log("");
    log("What the importer noticed:");
    for (const finding of result.findings) log(`  ${formatFinding(finding)}`);
  }
  const count = (action: string) => result.changes.filter((c) => c.action === action).length;
  const [created, updated, removed] = [count("create"), count("update"), count("remove")];
  const summary = result.written
    ? `${created} created, ${updated} updated, ${removed} removed`
    : `${created} to create, ${updated} to update, ${removed} to remove`;
  log("");
  log(
    `${dryRun ? "Dry run" : result.written ? `Wrote to ${uri}` : "Nothing to write"}: ${summary}, ${count("unchanged")} unchanged`,
  );
}
