import neo4j, { type Driver, Neo4jError } from "neo4j-driver";

export interface DatabaseTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/**
 * The driver's own waits (5 s to connect, 10 s for a connection from the pool) stay below
 * a request's deadline (DB_TRANSACTION_TIMEOUT_MS + 3 s, 18 s by default), so that with
 * the defaults a database that cannot be reached fails a request with its own error
 * first (src/db/failures.ts says what a client is told). A database that hangs
 * mid-answer is not noticed by the driver at all: the deadline (src/http/deadline.ts)
 * answers for it.
 */
export function createDriver(target: DatabaseTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: "kompetansegraf",
  });
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAuthenticationFailure(error: unknown): boolean {
  return error instanceof Neo4jError && error.code.startsWith("Neo.ClientError.Security.");
}

/**
 * Waits until the database answers, retrying connection failures until the deadline;
 * a refused login fails at once. The error names the URI and what to try.
 */
async function waitForDatabase(driver: Driver, target: DatabaseTarget, timeoutMs: number, hint: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.verifyConnectivity({ database: target.database });
      return;
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        throw new DatabaseUnavailableError(
          `Neo4j at ${target.uri} refused the login of user "${target.username}": check NEO4J_USERNAME and NEO4J_PASSWORD`,
        );
      }
      lastError = error;
      await sleep(Math.min(500, Math.max(0, deadline - Date.now())));
    }
  }
  const reason = lastError instanceof Error ? lastError.message.split("\n")[0] : String(lastError);
  throw new DatabaseUnavailableError(
    `Neo4j at ${target.uri} did not answer within ${Math.round(timeoutMs / 1000)} s (${reason}). ${hint}`,
  );
}

/** A new driver once the database answers (see waitForDatabase); when it does not, the driver is closed again. */
export async function connectWhenReady(target: DatabaseTarget, timeoutMs: number, hint: string): Promise<Driver> {
  const driver = createDriver(target);
  try {
    await waitForDatabase(driver, target, timeoutMs, hint);
    return driver;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** True while the database answers a trivial query within the time limit; for the readiness probe. */
export async function databaseAnswers(driver: Driver, database: string, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = driver
    .executeQuery("RETURN 1", {}, { database })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
