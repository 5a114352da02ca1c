import { GraphQLError } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { analysisCypher } from "../schema-files.js";

export interface AnalysisDatabase {
  driver: Driver;
  database: string;
  transactionTimeoutMs: number;
  /** Aborts when the request's deadline has passed: the statement is stopped (its session closed). */
  signal?: AbortSignal;
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
export async function runAnalysis<T>(
  db: AnalysisDatabase,
  name: string,
  parameters: Record<string, unknown>,
): Promise<T> {
  db.signal?.throwIfAborted();
  const { records } = await db.driver.executeQuery(analysisCypher(name), parameters, {
    database: db.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: db.transactionTimeoutMs },
    ...(db.signal ? { signal: db.signal } : {}),
  });
  const record = records[0];
  if (!record) throw new Error(`The analysis ${name} returned no record`);
  return plain(record.toObject()) as T;
}

/** What bounds the answers of the analyses: LIMIT_PAGE_SIZE, and LIMIT_DEFAULT_PAGE for a page that names no size. */
export interface AnalysisLimits {
  pageSize: number;
  defaultPage: number;
}

/** An answer larger than one page: the client narrows its arguments, the service does not cut the list short. */
export function tooManyItems(found: string, pageSize: number, narrow: string): GraphQLError {
  return new GraphQLError(`${found}; at most ${pageSize} are returned in one answer: ${narrow}`, {
    extensions: { code: "BAD_USER_INPUT", pageSize },
  });
}

/** The size of the largest list in an answer, at any depth, with the name of the field that holds it. */
function largestList(value: unknown, field: string): { field: string; size: number } {
  let largest = { field, size: Array.isArray(value) ? value.length : 0 };
  const children: [string, unknown][] = Array.isArray(value)
    ? value.map((item) => [field, item])
    : value !== null && typeof value === "object"
      ? Object.entries(value)
      : [];
  for (const [name, child] of children) {
    const inner = largestList(child, name);
    if (inner.size > largest.size) largest = inner;
  }
  return largest;
}

/**
 * Every list in an analysis's answer holds at most the page size: a larger one is
 * refused with BAD_USER_INPUT, so that no answer is larger than a page of the
 * generated lists. The analyses do not page (yet); their answers keep their shape.
 */
export function requireWithinPage(answer: unknown, field: string, pageSize: number): void {
  const largest = largestList(answer, field);
  if (largest.size > pageSize) {
    const where = largest.field === field ? "" : ` in one list (${largest.field})`;
    throw tooManyItems(
      `The answer of ${field} would hold ${largest.size} items${where}`,
      pageSize,
      "narrow the arguments",
    );
  }
}
