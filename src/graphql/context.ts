import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { JWTPayload } from "jose";
import type { Driver, Session, SessionConfig } from "neo4j-driver";
import type { AnalysisContext } from "../analysis/resolver-types.js";
import type { MutationWrite } from "./mutation-write.js";

/** The context of one GraphQL operation: what @neo4j/graphql, the analyses and a mutation's transaction read. */
export type Context = Neo4jGraphQLContext &
  AnalysisContext & {
    /** Set for a mutation operation while it runs (src/graphql/write-transaction.ts). */
    write?: MutationWrite;
  };

/**
 * What an operation runs with: the database, its time limit, and the verified token's
 * claims. A mutation runs in one transaction of its own (src/graphql/write-transaction.ts).
 * When `signal` aborts (the request's deadline passed), the operation's reads are stopped,
 * and a mutation's transaction is closed (src/graphql/mutation-write.ts).
 */
export function contextFor(
  driver: Driver,
  database: string,
  transactionTimeoutMs: number,
  jwt?: JWTPayload,
  signal?: AbortSignal,
): Context {
  return {
    sessionConfig: { database },
    transaction: { timeout: transactionTimeoutMs },
    analysis: { driver, database, transactionTimeoutMs, ...(signal ? { signal } : {}) },
    ...(signal ? { executionContext: abortable(driver, signal) as unknown as Driver } : {}),
    ...(jwt ? { jwt } : {}),
  };
}

/**
 * The driver as @neo4j/graphql uses it (it calls session() and reads the bookmark manager),
 * with every session closed once `signal` aborts: closing resets the connection, which stops
 * the statement in Neo4j, and a session not yet begun fails at once.
 */
function abortable(driver: Driver, signal: AbortSignal): Pick<Driver, "session" | "executeQueryBookmarkManager"> {
  return {
    executeQueryBookmarkManager: driver.executeQueryBookmarkManager,
    session(config?: SessionConfig): Session {
      signal.throwIfAborted();
      const session = driver.session(config);
      const close = () => void session.close().catch(() => undefined);
      signal.addEventListener("abort", close, { once: true });
      const closeSession = session.close.bind(session);
      session.close = () => {
        signal.removeEventListener("abort", close);
        return closeSession();
      };
      return session;
    },
  };
}
