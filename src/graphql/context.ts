import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { JWTPayload } from "jose";
import type { Driver } from "neo4j-driver";
import type { AnalysisContext } from "../analysis/context.js";
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
 */
export function contextFor(driver: Driver, database: string, transactionTimeoutMs: number, jwt?: JWTPayload): Context {
  return {
    sessionConfig: { database },
    transaction: { timeout: transactionTimeoutMs },
    analysis: { driver, database, transactionTimeoutMs },
    ...(jwt ? { jwt } : {}),
  };
}
