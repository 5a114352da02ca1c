import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { JWTPayload } from "jose";
import { Neo4jError } from "neo4j-driver";
import { databaseFailure, errorLayers } from "../db/failures.js";
import type { Context } from "./context.js";
import { rolesProblem } from "./auth.js";

/**
 * The public error codes (extensions.code) that are not Apollo's own, and the HTTP
 * status a response gets when it has no data and every error has that code. Other
 * codes keep the status Apollo gives them: 400 for a request it cannot parse, validate
 * or coerce, 401 for an invalid token, 200 once the operation has run.
 */
export const WHOLE_REQUEST_STATUS: Readonly<Record<string, number>> = {
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

const CONSTRAINT_VIOLATED = "Neo.ClientError.Schema.ConstraintValidationFailed";

const some = (error: unknown, test: (layer: unknown) => boolean) => [...errorLayers(error)].some(test);
/** An error of a library that does not export its error classes, known by the name each class gives its errors. */
const named = (name: string) => (layer: unknown) => layer instanceof Error && layer.name === name;

/** @neo4j/graphql refused a change by the schema's @authorization rules. */
const isForbidden = (error: unknown) => some(error, named("Neo4jGraphQLForbiddenError"));

/**
 * @neo4j/graphql found no token, or one without the editor role, where the schema's
 * @authentication asks for it: while running the Cypher it throws its
 * Neo4jGraphQLAuthenticationError; while translating the request, a plain
 * Neo4jGraphQLError whose text (the library's AUTHORIZATION_UNAUTHENTICATED) is its only mark.
 */
const isUnauthenticated = (error: unknown) =>
  named("Neo4jGraphQLAuthenticationError")(error) || (error instanceof Error && error.message === "Unauthenticated");

/**
 * A uniqueness constraint said no: @neo4j/graphql turns the driver's error into its
 * Neo4jGraphQLConstraintValidationError (the class is not exported: recognised by
 * name); a transaction of our own passes the driver's Neo4jError on, recognised by code.
 * The only uniqueness constraints are those on id (src/db/graph-schema.ts).
 */
function isDuplicateId(error: unknown): boolean {
  return some(
    error,
    (e) =>
      named("Neo4jGraphQLConstraintValidationError")(e) || (e instanceof Neo4jError && e.code === CONSTRAINT_VIOLATED),
  );
}

/** Apollo's errors for a request it refuses before running it carry a 4xx status but no code. */
function isRefusedRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** What a client is told of an error: its public code and message. */
export interface PublicError {
  code: string;
  message: string;
}

/**
 * What is known of the request an error belongs to, where the code that caught the
 * error knows it: a mutation's resolver (src/graphql/write-guard.ts) and its commit
 * (src/graphql/write-transaction.ts).
 */
export interface ErrorRequest {
  /** The verified token's claims, if the request had a token. */
  jwt?: JWTPayload;
  /** The ids the failed part of the request writes (src/graphql/ids-written.ts). */
  idsWritten(): string[];
}

/** Why a mutation may not write: no token at all (UNAUTHENTICATED), or one without the editor role (FORBIDDEN). */
export function notAnEditor(jwt: JWTPayload | undefined): PublicError {
  if (!jwt) return { code: "UNAUTHENTICATED", message: "Changing the graph needs a token" };
  const problem = rolesProblem(jwt);
  return {
    code: "FORBIDDEN",
    message: `Changing the graph needs a token with the editor role${problem ? `; ${problem}` : ""}`,
  };
}

/**
 * The one mapping from an error to its public code and message, or undefined for an
 * error that already has its public code (or is internal). Errors are recognised by
 * class or code; the request, where known, names the id at fault and tells a token
 * without the editor role (FORBIDDEN) from no token at all (UNAUTHENTICATED).
 */
export function publicError(error: unknown, request?: ErrorRequest): PublicError | undefined {
  const failure = databaseFailure(error);
  if (failure) return { code: failure.code, message: failure.message };
  if (isForbidden(error)) return { code: "FORBIDDEN", message: "Forbidden" };
  if (isUnauthenticated(error)) return notAnEditor(request?.jwt);
  if (isDuplicateId(error)) {
    return { code: "CONFLICT", message: duplicateIdMessage(request?.idsWritten() ?? []) };
  }
  if (isRefusedRequest(error)) {
    const { message } = error as GraphQLError;
    // Apollo's own words, its only mark of this case: it exposes no class or code for it.
    return message === "provided sha does not match query"
      ? {
          code: "BAD_REQUEST",
          message:
            "The persisted query's sha256Hash is not the SHA-256 of the query: send the hash of this query text, or no persistedQuery extension",
        }
      : { code: "BAD_REQUEST", message };
  }
  return undefined;
}

/**
 * A resolver's error, as its public GraphQLError when publicError maps it (so that the
 * request's facts, known only here, decide its code), or as it was.
 */
export function asPublicError(error: unknown, request: ErrorRequest): unknown {
  const mapped = publicError(error, request);
  return mapped ? new GraphQLError(mapped.message, { extensions: { code: mapped.code } }) : error;
}

/**
 * Errors as clients see them, with a stable extensions.code (Apollo's formatError; also
 * called for a failed commit, with its request). In production, errors the client did not
 * cause say no more than that: no stack trace, no Cypher, no internals.
 */
export function errorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown, request?: ErrorRequest): GraphQLFormattedError => {
    const mapped = publicError(unwrapResolverError(error), request);
    const base = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (mapped) return { ...base, message: mapped.message, extensions: { code: mapped.code } };
    if (production && formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
      return { ...base, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return formatted;
  };
}

/** The CONFLICT message, naming the id: one given twice in the request, or the one it writes. */
function duplicateIdMessage(ids: string[]): string {
  const quoted = (list: string[]) =>
    list
      .slice(0, 10)
      .map((id) => JSON.stringify(id))
      .join(", ") + (list.length > 10 ? ", …" : "");
  const twice = [...new Set(ids.filter((id, n) => ids.indexOf(id) !== n))];
  if (twice.length === 1)
    return `The id ${quoted(twice)} is given twice in this request: each item needs an id of its own`;
  const distinct = [...new Set(ids)];
  if (distinct.length === 1)
    return `The id ${quoted(distinct)} is already taken: choose another id, or change the existing item`;
  if (distinct.length > 1)
    return `One of the ids ${quoted(distinct)} is already taken: choose other ids, or change the existing items`;
  return "An id in this request is already taken: choose another id";
}

const subscriptionsNotOffered = () =>
  new GraphQLError("Subscriptions are not offered: ask with a query, and ask again to follow changes", {
    extensions: { code: "BAD_REQUEST", http: { status: 400 } },
  });

/**
 * What is decided per request rather than per error: a subscription is refused before
 * it runs, and a response without data whose errors all say the database failed gets
 * the HTTP status of WHOLE_REQUEST_STATUS.
 */
export const errorResponses: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === "subscription") throw subscriptionsNotOffered();
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const { singleResult } = response.body;
        const statuses = new Set(
          singleResult.errors?.map((error) => WHOLE_REQUEST_STATUS[String(error.extensions?.code)]),
        );
        const [status] = statuses;
        if (
          singleResult.data == null &&
          statuses.size === 1 &&
          status !== undefined &&
          (response.http.status ?? 200) === 200
        ) {
          response.http.status = status;
        }
      },
    };
  },
};
