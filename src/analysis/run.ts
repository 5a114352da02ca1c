import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { schemaDir } from "../graphql/type-defs.js";

export interface AnalysisDatabase {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
}

const statements = new Map<string, string>();

/** The Cypher of an analysis, schema/analysis/<name>.cypher, read once. */
function statement(name: string): string {
  let cypher = statements.get(name);
  if (cypher === undefined) {
    cypher = readFileSync(path.join(schemaDir, "analysis", `${name}.cypher`), "utf8");
    statements.set(name, cypher);
  }
  return cypher;
}

/** Neo4j integers, dates and times as the numbers and ISO strings GraphQL serves. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isLocalTime(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * Runs an analysis: its one Cypher statement, with parameters, in one read
 * transaction. Each statement returns exactly one record.
 */
export async function runAnalysis<T>(db: AnalysisDatabase, name: string, parameters: Record<string, unknown>): Promise<T> {
  const { records } = await db.driver.executeQuery(statement(name), parameters, {
    database: db.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: db.transactionTimeoutMs },
  });
  const record = records[0];
  if (!record) throw new Error(`The analysis ${name} returned no record`);
  return plain(record.toObject()) as T;
}
