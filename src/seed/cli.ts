// `npm run seed [-- --reset] [-- --dir PATH]`: validate every seed file, then load them in one transaction.
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/index.js";
import { applyGraphSchema } from "../db/graph-schema.js";
import { openDatabase } from "../db/database.js";
import { graphSize } from "../db/graph-size.js";
import { failCli } from "../process/cli.js";
import { loadSeeds, seedDir } from "./index.js";

const log = (line: string) => console.log(line);

try {
  const { values } = parseArgs({
    options: { reset: { type: "boolean", default: false }, dir: { type: "string", default: seedDir } },
  });
  const database = await openDatabase(loadConfig(), log);
  try {
    const { driver, target } = database;
    await applyGraphSchema(driver, target.database);
    await loadSeeds(driver, target.database, { dir: path.resolve(values.dir), reset: values.reset, log });
    const size = await graphSize(driver, target.database);
    log(`Seeded ${target.uri}: the graph has ${size.nodes} nodes and ${size.relationships} relationships`);
  } finally {
    await database.close();
  }
} catch (error) {
  failCli(error, "Usage: npm run seed [-- --reset] [-- --dir PATH]");
}
