// `npm run import -- FILE [--network ID] [--dry-run]`: read a plan (årshjul or table of measures; Word, PDF or
// the extracted text form, told by the file's content) into the graph.
import { parseArgs } from "node:util";
import { loadConfig } from "../config/index.js";
import { openDatabase } from "../db/database.js";
import { failCli, usageError } from "../process/cli.js";
import { graphIsEmpty } from "../seed/index.js";
import { withoutSecrets } from "../text/secrets.js";
import { formatChange } from "./changes.js";
import { readBoundedBytes } from "./index.js";
import { formatFinding } from "./report.js";
import { reportSpreadsheetImport } from "./spreadsheets/cli.js";
import { acceptedName } from "./upload/document-name.js";
import { importUpload } from "./upload/index.js";
import { readUpload } from "./upload/read-upload.js";

const USAGE =
  "Usage: npm run import -- FILE [--network ID] [--dry-run]   (FILE: a plan's text, or an .xlsx/.csv table)";
// Every line printed, report and errors alike, goes through the secret filter.
const log = (line: string) => console.log(withoutSecrets(line));
const fail = (line: string) => console.error(withoutSecrets(line));

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { network: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw usageError("expected exactly one plan file");
  const config = loadConfig();
  const database = await openDatabase(config, fail);
  try {
    const { driver, target } = database;
    if (await graphIsEmpty(driver, target.database)) {
      throw new Error(
        `The graph at ${target.uri} is empty: a plan links to networks and institutions, so load them first (npm run seed).`,
      );
    }
    const dryRun = values["dry-run"];
    // The file's name becomes the source of what it writes: checked before the file is read.
    const name = acceptedName(file);
    const bytes = await readBoundedBytes(file, config.import.maxBytes);
    // A plan or a spreadsheet (membership or partnership table), recognised and read as an upload is.
    const read = await readUpload(
      driver,
      target.database,
      { name, bytes },
      {
        ...(values.network ? { network: values.network } : {}),
        limits: config.import,
      },
    );
    const result = await importUpload(driver, target.database, read, { dryRun, limits: config.import });
    if (result.kind === "spreadsheet") {
      reportSpreadsheetImport(
        read.document,
        { ...result.sheet, written: result.written },
        { dryRun, uri: target.uri },
        log,
      );
    } else {
      const { plan, changes, notInPlan } = result;
      log(
        `${plan.title} (${plan.layout}): ${plan.initiatives.length} initiative(s), ${plan.forums.length} forum(s), ${plan.meetings.length} meeting(s)`,
      );
      log("");
      log(dryRun ? "Would change (dry run: nothing is written):" : "Changes:");
      for (const change of changes) for (const line of formatChange(change)) log(`  ${line}`);
      for (const id of notInPlan)
        log(`  ! meeting ${id} is in the graph under this plan's forums but not in the plan (left as it is)`);
      if (plan.findings.length > 0) {
        log("");
        log("What the importer noticed:");
        for (const finding of plan.findings) log(`  ${formatFinding(finding)}`);
      }
      const count = (action: string) => changes.filter((c) => c.action === action).length;
      const summary = result.written
        ? `${count("create")} created, ${count("update")} updated, ${count("link")} linked`
        : `${count("create")} to create, ${count("update")} to update, ${count("link")} to link`;
      log("");
      log(
        `${dryRun ? "Dry run" : result.written ? `Wrote to ${target.uri}` : "Nothing to write"}: ${summary}, ${count("unchanged")} unchanged`,
      );
    }
  } finally {
    await database.close();
  }
} catch (error) {
  failCli(error, USAGE, fail);
}
