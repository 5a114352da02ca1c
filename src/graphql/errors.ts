import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import type { Context } from "./apollo.js";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.retriable);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|Transaction\.TransactionTimedOut/.test(error.code);
}

/**
 * Errors as clients see them, with a stable extensions.code. In production, errors the
 * client did not cause say no more than that: no stack trace, no Cypher, no internals.
 */
export function errorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    if (isDatabaseUnavailable(original)) {
      return { ...base, message: "The database is not available; try again shortly", extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    if (isTimeout(original)) {
      return { ...base, message: "The query took longer than the database allows", extensions: { code: "TIMEOUT" } };
    }
    if (original instanceof Error && original.name === "Neo4jGraphQLForbiddenError") {
      return { ...base, message: "Forbidden", extensions: { code: "FORBIDDEN" } };
    }
    if (original instanceof Error && original.message === "Unauthenticated") {
      return { ...base, message: "Changing the graph needs a token", extensions: { code: "UNAUTHENTICATED" } };
    }
    if (production && formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
      return { ...base, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return formatted;
  };
}

/** A valid token without the editor role is refused as FORBIDDEN, not UNAUTHENTICATED. */
export const forbiddenWithoutRole: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (!contextValue.jwt || response.body.kind !== "single") return;
        const { singleResult } = response.body;
        singleResult.errors = singleResult.errors?.map((error) =>
          error.extensions?.code === "UNAUTHENTICATED"
            ? { ...error, message: "Changing the graph needs a token with the editor role", extensions: { code: "FORBIDDEN" } }
            : error,
        );
      },
    };
  },
};
