// `npm run seed [-- --reset]`: validate every seed file, then load them in one transaction.
import { loadConfig } from "../config/index.js";
import { applyConstraints } from "../db/constraints.js";
import { openDatabase } from "../db/database.js";
import { graphSize } from "../db/graph-size.js";
import { loadTypeDefs } from "../graphql/type-defs.js";
import { loadSeeds } from "./index.js";

const log = (line: string) => console.log(line);
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--reset");

if (unknown.length > 0) {
  console.error(`Unknown argument ${unknown.join(" ")}. Usage: npm run seed [-- --reset]`);
  process.exit(2);
}

try {
  const database = await openDatabase(loadConfig(), log);
  try {
    const { driver, target } = database;
    await applyConstraints(driver, target.database, loadTypeDefs());
    await loadSeeds(driver, target.database, { reset: args.includes("--reset") });
    const size = await graphSize(driver, target.database);
    log(`Seeded ${target.uri}: the graph has ${size.nodes} nodes and ${size.relationships} relationships`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
