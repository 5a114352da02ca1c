// npm run cypher -- 'MATCH (n:Network) RETURN n.name': Cypher against the configured Neo4j
// (NEO4J_URI, or the local one, started for the call if it is not running), without
// installing cypher-shell. With no statement it reads statements ending in ";" from stdin.
import { createInterface } from "node:readline/promises";
import neo4j, { type Driver } from "neo4j-driver";
import { ConfigError, loadConfig } from "../src/config/index.js";
import { openDatabase } from "../src/db/database.js";
import { moveGraphVersion } from "../src/db/graph-version.js";

/** Nodes and relationships as their properties, Neo4j numbers and temporals as plain values. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return plain(value.properties);
  if (neo4j.isDate(value) || neo4j.isLocalTime(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value))
    return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

async function run(driver: Driver, database: string, statement: string): Promise<void> {
  const { records, summary } = await driver.executeQuery(statement, {}, { database });
  // Running services' caches learn of the change (docs/cache.md).
  if (summary.counters.containsUpdates()) await moveGraphVersion(driver, database);
  const rows = records.map((record) => plain(record.toObject()) as Record<string, unknown>);
  if (rows.length > 0)
    console.table(
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === "object" && v !== null ? JSON.stringify(v) : v]),
        ),
      ),
    );
  const updates = Object.entries(summary.counters.updates()).filter(([, n]) => n > 0);
  console.log(
    `${rows.length} row${rows.length === 1 ? "" : "s"}${updates.map(([what, n]) => `, ${what}: ${n}`).join("")}`,
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, (line) => console.error(line));
  const name = database.target.database;
  try {
    const statement = process.argv.slice(2).join(" ").trim();
    if (statement) return await run(database.driver, name, statement);
    const lines = createInterface({ input: process.stdin, ...(process.stdin.isTTY ? { output: process.stdout } : {}) });
    if (process.stdin.isTTY)
      console.error(`Connected to ${database.target.uri}. End each statement with ";", Ctrl-D to leave.`);
    let pending = "";
    for await (const line of lines) {
      pending += `${line}\n`;
      if (!line.trimEnd().endsWith(";")) continue;
      const next = pending.trim().replace(/;$/, "");
      pending = "";
      await run(database.driver, name, next).catch((error: unknown) =>
        console.error(error instanceof Error ? error.message : String(error)),
      );
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
