// The one mapping from an error to what a client is told (src/graphql/public-errors.ts), for the
// errors of the driver, of @neo4j/graphql and of Apollo, with and without the request's facts.
import { GraphQLError, parse, type OperationDefinitionNode } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { type ErrorRequest, errorFormatter, publicError } from "../../../src/graphql/public-errors.js";
import { idsInArguments, idsInOperation } from "../../../src/graphql/ids-written.js";

const editorRequest = (jwt: ErrorRequest["jwt"], ids: string[] = []): ErrorRequest => ({
  ...(jwt ? { jwt } : {}),
  idsWritten: () => ids,
});
/** @neo4j/graphql's errors, as it throws them: its classes are not exported, only their names are fixed. */
const libraryError = (name: string, message: string) => Object.assign(new Error(message), { name });
const constraintFailed = new Neo4jError(
  "Node(12) already exists with label `Scheme` and property `id` = 'rekom'",
  "Neo.ClientError.Schema.ConstraintValidationFailed",
  "22N41",
  "",
);

describe("publicError", () => {
  it("tells no token from a token without the editor role", () => {
    const refusal = libraryError("Neo4jGraphQLAuthenticationError", "Unauthenticated");
    expect(publicError(refusal, editorRequest(undefined))).toEqual({
      code: "UNAUTHENTICATED",
      message: "Changing the graph needs a token",
    });
    expect(publicError(refusal, editorRequest({ roles: ["reader"] }))).toEqual({
      code: "FORBIDDEN",
      message: "Changing the graph needs a token with the editor role",
    });
    // While translating a request the library throws a plain error with this text.
    expect(publicError(new Error("Unauthenticated"), editorRequest({ roles: [] }))?.code).toBe("FORBIDDEN");
  });

  it("names the id that is taken, or given twice, when the request is known", () => {
    expect(publicError(constraintFailed, editorRequest({}, ["rekom"]))).toEqual({
      code: "CONFLICT",
      message: 'The id "rekom" is already taken: choose another id, or change the existing item',
    });
    expect(publicError(constraintFailed, editorRequest({}, ["twin", "other", "twin"]))?.message).toBe(
      'The id "twin" is given twice in this request: each item needs an id of its own',
    );
    expect(publicError(libraryError("Neo4jGraphQLConstraintValidationError", "Constraint validation failed"))).toEqual({
      code: "CONFLICT",
      message: "An id in this request is already taken: choose another id",
    });
  });

  it("finds the database's failure under the errors that wrap it", () => {
    const lost = new Neo4jError("connection lost", "ServiceUnavailable", "08000", "");
    const wrapped = new GraphQLError("failed", { originalError: new Error("outer", { cause: lost }) });
    expect(publicError(wrapped)?.code).toBe("SERVICE_UNAVAILABLE");
    const slow = new Neo4jError(
      "too slow",
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      "",
      "",
    );
    expect(publicError(slow)?.code).toBe("TIMEOUT");
  });

  it("gives Apollo's refusals of a request BAD_REQUEST, in words a client can act on", () => {
    const mismatch = new GraphQLError("provided sha does not match query", { extensions: { http: { status: 400 } } });
    expect(publicError(mismatch)).toEqual({
      code: "BAD_REQUEST",
      message:
        "The persisted query's sha256Hash is not the SHA-256 of the query: send the hash of this query text, or no persistedQuery extension",
    });
  });

  it("leaves an error that has its public code, and an internal one, to the formatter", () => {
    expect(publicError(new GraphQLError("bad", { extensions: { code: "BAD_USER_INPUT" } }))).toBeUndefined();
    expect(publicError(new Error("boom"))).toBeUndefined();
  });
});

describe("errorFormatter", () => {
  const internal = { message: "Invalid input 'x': MATCH (n)", extensions: { code: "INTERNAL_SERVER_ERROR" } };

  it("hides an internal error in production only, and maps a known one with the request it is given", () => {
    expect(errorFormatter(true)(internal, new Error(internal.message))).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(errorFormatter(false)(internal, new Error(internal.message))).toEqual(internal);
    expect(errorFormatter(true)(internal, constraintFailed, editorRequest({}, ["dekom"]))).toEqual({
      message: 'The id "dekom" is already taken: choose another id, or change the existing item',
      extensions: { code: "CONFLICT" },
    });
  });
});

describe("the ids a mutation writes", () => {
  it("takes every id of the input and of an update's set, but none of a where", () => {
    expect(
      idsInArguments({
        where: { id: { eq: "rekom" } },
        update: { id: { set: "dekom" }, institutions: { connect: [{ where: { node: { id: { eq: "dmmh" } } } }] } },
      }),
    ).toEqual(["dekom"]);
    expect(idsInArguments({ input: [{ id: "a", name: "A" }, { id: "b" }] })).toEqual(["a", "b"]);
  });

  it("reads them from every root field of an operation, variables included", () => {
    const operation = parse(
      'mutation ($input: [SchemeCreateInput!]!) { one: createSchemes(input: $input) { schemes { id } } two: createSchemes(input: [{ id: "c" }]) { schemes { id } } }',
    ).definitions[0] as OperationDefinitionNode;
    expect(idsInOperation(operation, { input: [{ id: "a" }, { id: "b" }] })).toEqual(["a", "b", "c"]);
  });
});
