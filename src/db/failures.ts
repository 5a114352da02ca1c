import { Neo4jError } from "neo4j-driver";

/** What a client is told about a failure, on any route: the HTTP status, a stable code and a message. */
export interface PublicFailure {
  status: number;
  code: string;
  message: string;
}

export const UNAVAILABLE_MESSAGE = "The database is not available; try again shortly";

/** The error and what it wraps (a GraphQL error's originalError, an Error's cause), a few levels deep. */
export function* errorLayers(error: unknown): Generator<unknown> {
  let current = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    yield current;
    const { originalError, cause } = current as { originalError?: unknown; cause?: unknown };
    current = current instanceof Error ? (originalError ?? cause) : undefined;
  }
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * The pool found no connection within the driver's connectionAcquisitionTimeout
 * (src/db/driver.ts): every connection waits on a database that does not answer, and
 * a new one is not answered either. The driver gives this error no code (N/A): its
 * text is its only mark.
 */
const isAcquisitionTimeout = (error: Neo4jError) => error.message.startsWith("Connection acquisition timed out");

function isDatabaseUnavailable(error: unknown): boolean {
  return [...errorLayers(error)].some(
    (e) => e instanceof Neo4jError && (UNAVAILABLE_CODES.has(e.code) || e.retriable || isAcquisitionTimeout(e)),
  );
}

function isTimeout(error: unknown): boolean {
  return [...errorLayers(error)].some((e) => e instanceof Neo4jError && /TransactionTimedOut/.test(e.code));
}

/** The database's failures as clients see them (GraphQL errors and HTTP answers alike), or undefined for an error of another kind. */
export function databaseFailure(error: unknown): PublicFailure | undefined {
  if (isDatabaseUnavailable(error)) return { status: 503, code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE };
  if (isTimeout(error))
    return { status: 504, code: "TIMEOUT", message: "The query took longer than the database allows" };
  return undefined;
}
