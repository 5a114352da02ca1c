import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  type FieldNode,
  GraphQLError,
  type GraphQLFormattedError,
  Kind,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";
import { Neo4jError } from "neo4j-driver";
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

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);
const CONSTRAINT_VIOLATED = "Neo.ClientError.Schema.ConstraintValidationFailed";

/** The error and what it wraps (GraphQL's originalError, an Error's cause), a few levels deep. */
function* layers(error: unknown): Generator<unknown> {
  let current = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    yield current;
    current =
      current instanceof GraphQLError
        ? (current.originalError ?? current.cause)
        : current instanceof Error
          ? current.cause
          : undefined;
  }
}

const some = (error: unknown, test: (layer: unknown) => boolean) => [...layers(error)].some(test);
/** An error of a library that does not export its error classes, known by the name each class gives its errors. */
const named = (name: string) => (layer: unknown) => layer instanceof Error && layer.name === name;

function isDatabaseUnavailable(error: unknown): boolean {
  return some(error, (e) => e instanceof Neo4jError && (UNAVAILABLE_CODES.has(e.code) || e.retriable));
}

function isTimeout(error: unknown): boolean {
  return some(error, (e) => e instanceof Neo4jError && /TransactionTimedOut/.test(e.code));
}

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

/** What a client is told about a failure of the database, on any route. */
export interface PublicFailure {
  status: number;
  code: string;
  message: string;
}

export const UNAVAILABLE_MESSAGE = "The database is not available; try again shortly";
export const DUPLICATE_ID_MESSAGE = "An id in this request is already taken: choose another id";

/** The database's failures as clients see them, or undefined for an error of another kind. */
export function databaseFailure(error: unknown): PublicFailure | undefined {
  if (isDatabaseUnavailable(error)) return { status: 503, code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE };
  if (isTimeout(error))
    return { status: 504, code: "TIMEOUT", message: "The query took longer than the database allows" };
  return undefined;
}

/**
 * A request not answered by the deadline (src/graphql/http.ts): the database hangs, or
 * is very slow. A change asked for may still be made after this answer, when the
 * database comes back: the client is told so, rather than that it failed.
 */
export function deadlineFailure(deadlineMs: number, change = false): PublicFailure {
  return {
    status: 503,
    code: "SERVICE_UNAVAILABLE",
    message:
      `The service could not answer within ${deadlineMs / 1000} s: the database is not answering; ` +
      (change
        ? "the change may or may not be made when it answers again: read before you try again"
        : "try again shortly"),
  };
}

/** Apollo's errors for a request it refuses before running it carry a 4xx status but no code. */
function clientErrorStatus(error: unknown): number | undefined {
  const status =
    error instanceof GraphQLError ? (error.extensions.http as { status?: unknown } | undefined)?.status : undefined;
  return typeof status === "number" && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Errors as clients see them, with a stable extensions.code. In production, errors the
 * client did not cause say no more than that: no stack trace, no Cypher, no internals.
 */
export function errorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    const failure = databaseFailure(original);
    if (failure) return { ...base, message: failure.message, extensions: { code: failure.code } };
    if (isForbidden(original)) return { ...base, message: "Forbidden", extensions: { code: "FORBIDDEN" } };
    if (isUnauthenticated(original)) {
      return { ...base, message: "Changing the graph needs a token", extensions: { code: "UNAUTHENTICATED" } };
    }
    if (isDuplicateId(original)) return { ...base, message: DUPLICATE_ID_MESSAGE, extensions: { code: "CONFLICT" } };
    if (formatted.extensions?.code === "INTERNAL_SERVER_ERROR" && clientErrorStatus(original) !== undefined) {
      // Apollo's own words, its only mark of this case: it exposes no class or code for it.
      const message =
        formatted.message === "provided sha does not match query"
          ? "The persisted query's sha256Hash is not the SHA-256 of the query: send the hash of this query text, or no persistedQuery extension"
          : formatted.message;
      return { ...base, message, extensions: { code: "BAD_REQUEST" } };
    }
    if (production && formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
      return { ...base, message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return formatted;
  };
}

/**
 * The ids a root field writes (or, for an error without a path, such as a failed commit,
 * every root field): every "id" in its arguments, except those that select (where).
 */
function idsWritten(context: GraphQLRequestContext<Context>, responseKey: string | undefined): string[] {
  const variables = context.request.variables ?? {};
  const fields = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) => {
      if (selection.kind === Kind.FIELD) {
        return responseKey === undefined || (selection.alias ?? selection.name).value === responseKey
          ? [selection]
          : [];
      }
      return selection.kind === Kind.INLINE_FRAGMENT ? fields(selection.selectionSet) : [];
    });
  const ids: string[] = [];
  const collect = (value: unknown, depth: number): void => {
    if (depth > 50 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((item) => collect(item, depth + 1));
    for (const [key, inner] of Object.entries(value)) {
      if (key === "where") continue;
      if (key === "id" && typeof inner === "string") ids.push(inner);
      else if (
        key === "id" &&
        inner !== null &&
        typeof inner === "object" &&
        typeof (inner as { set?: unknown }).set === "string"
      ) {
        ids.push((inner as { set: string }).set);
      } else collect(inner, depth + 1);
    }
  };
  for (const field of fields(context.operation?.selectionSet)) {
    for (const argument of field.arguments ?? []) {
      if (argument.name.value !== "where") collect(valueFromASTUntyped(argument.value, variables), 0);
    }
  }
  return ids;
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
  return DUPLICATE_ID_MESSAGE;
}

const subscriptionsNotOffered = () =>
  new GraphQLError("Subscriptions are not offered: ask with a query, and ask again to follow changes", {
    extensions: { code: "BAD_REQUEST", http: { status: 400 } },
  });

/**
 * What the formatter cannot see, since it gets one error without its request: a
 * subscription is refused before it runs; a valid token without the editor role (or
 * with a roles claim that is not a list of strings) is refused as FORBIDDEN, not
 * UNAUTHENTICATED; a duplicate id is named; and a response without data whose errors
 * all say the database failed gets the HTTP status of WHOLE_REQUEST_STATUS.
 */
export const errorResponses: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === "subscription") throw subscriptionsNotOffered();
      },
      async willSendResponse(context) {
        const { response, contextValue } = context;
        if (response.body.kind !== "single") return;
        const { singleResult } = response.body;
        const jwt = contextValue.jwt;
        const problem = rolesProblem(jwt);
        singleResult.errors = singleResult.errors?.map((error) => {
          if (jwt && error.extensions?.code === "UNAUTHENTICATED") {
            const message = `Changing the graph needs a token with the editor role${problem ? `; ${problem}` : ""}`;
            return { ...error, message, extensions: { code: "FORBIDDEN" } };
          }
          if (error.extensions?.code === "CONFLICT" && error.message === DUPLICATE_ID_MESSAGE) {
            const field = error.path?.[0];
            return {
              ...error,
              message: duplicateIdMessage(idsWritten(context, typeof field === "string" ? field : undefined)),
            };
          }
          return error;
        });
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
