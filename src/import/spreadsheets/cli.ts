/** The `npm run import` report for a spreadsheet: what would change, what was noticed, a summary. */
import type { Driver } from "neo4j-driver";
import type { ImportLimits } from "../../config/index.js";
import { formatFinding } from "../report.js";
import { formatSheetChange, importSpreadsheet, type SpreadsheetFile } from "./index.js";

export async function runSpreadsheetImport(
  driver: Driver,
  target: { uri: string; database: string },
  file: SpreadsheetFile,
  options: { dryRun: boolean; limits: ImportLimits },
  log: (line: string) => void,
): Promise<void> {
  const result = await importSpreadsheet(driver, target.database, file, options);
  const { dryRun } = options;
  const table = result.table === "membership" ? "network membership" : "partnerships";
  log(`${file.name}${result.sheet === undefined ? "" : `, sheet «${result.sheet}»`}: ${table}`);
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
    `${dryRun ? "Dry run" : result.written ? `Wrote to ${target.uri}` : "Nothing to write"}: ${summary}, ${count("unchanged")} unchanged`,
  );
}
