import type { ApolloServerPlugin, GraphQLRequestContextExecutionDidStart } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { bumpGraphVersion, type GraphVersion } from "../db/graph-version.js";
import type { Context } from "./context.js";
import type { ErrorRequest } from "./public-errors.js";
import { idsInOperation } from "./ids-written.js";
import { MutationWrite } from "./mutation-write.js";
import { brokenRules } from "./write-invariants.js";

type FormatError = (formatted: GraphQLFormattedError, error: unknown, request: ErrorRequest) => GraphQLFormattedError;

const NOTHING_WRITTEN = "Nothing was written";
const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** The last error of a rolled-back operation: says that none of it was kept, naming the root fields that had succeeded. */
function rolledBack(completed: string[], errors: number): GraphQLFormattedError {
  const undone =
    completed.length > 0
      ? `; ${list(completed)} had succeeded and ${completed.length === 1 ? "was" : "were"} undone with it`
      : "";
  return {
    message: `${NOTHING_WRITTEN}: a mutation is written all or nothing, in one transaction, and this one was rolled back because of the ${errors === 1 ? "error" : "errors"} above${undone}`,
    extensions: { code: "ROLLED_BACK" },
  };
}

/**
 * True when the database answered the commit with a failure, so it rolled the transaction
 * back. A lost connection (or any other failure) leaves it unknown whether the commit landed.
 */
const refusedByDatabase = (error: unknown) => error instanceof Neo4jError && error.code.startsWith("Neo.");

/**
 * Runs every mutation operation in one explicit write transaction (Apollo plugin). Before
 * execution it hands @neo4j/graphql a transaction (begun lazily, with the configured
 * timeout); after execution it commits only when no root field failed and the cross-field
 * rules hold (src/graphql/write-invariants.ts), and rolls back otherwise. The client is
 * never told "failed" for something written, nor "ok" for something not written: on a
 * rollback `data` is null and the last error says that nothing was written; a commit the
 * database does not confirm is an error that says whether anything may have been written.
 * Queries run as before, each in the library's own read transactions.
 */
export function writeTransaction(formatError: FormatError): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart(requestContext) {
          if (requestContext.operation?.operation !== "mutation") return;
          const write = new MutationWrite(requestContext.contextValue.analysis);
          requestContext.contextValue.write = write;
          requestContext.contextValue.executionContext =
            write.executionContext as unknown as Context["executionContext"];
          return {
            async executionDidEnd(error) {
              try {
                await finish(requestContext, write, error, formatError);
              } finally {
                await write.close();
              }
            },
          };
        },
      };
    },
  };
}

async function finish(
  requestContext: GraphQLRequestContextExecutionDidStart<Context>,
  write: MutationWrite,
  thrown: Error | undefined,
  formatError: FormatError,
): Promise<void> {
  const body = requestContext.response.body;
  // Execution itself failed (Apollo answers with that error, without data), or the answer is not one result.
  if (thrown || body?.kind !== "single") return write.rollback();
  const result = body.singleResult;
  const { contextValue, operation, request } = requestContext;
  const errorRequest: ErrorRequest = {
    ...(contextValue.jwt ? { jwt: contextValue.jwt } : {}),
    idsWritten: () => idsInOperation(operation, request.variables),
  };
  const fail = async (errors: GraphQLFormattedError[], status?: number) => {
    await write.rollback();
    result.data = null;
    result.errors = errors;
    if (status) requestContext.response.http.status = status;
  };
  if (result.errors?.length) {
    // A statement ran, so something may have been written before the error: say it was not kept.
    return write.begun ? fail([...result.errors, rolledBack(write.completed, result.errors.length)]) : write.rollback();
  }
  if (!write.begun) return;
  let version: GraphVersion;
  try {
    const problems = await brokenRules(write.transaction(), write.written, write.db);
    if (problems.length > 0) {
      return fail(
        problems.map((problem) => ({
          message: `${problem}. ${NOTHING_WRITTEN}.`,
          extensions: { code: "BAD_USER_INPUT" },
        })),
      );
    }
    // A commit after the transaction's time is up could land after the client was told it failed.
    if (write.elapsedMs > write.db.transactionTimeoutMs) {
      return fail([
        {
          message: `The mutation took longer than the database allows (${write.db.transactionTimeoutMs} ms); it was rolled back. ${NOTHING_WRITTEN}.`,
          extensions: { code: "TIMEOUT" },
        },
      ]);
    }
    // Last before the commit, so that the version's lock is held only for it.
    version = await bumpGraphVersion(write.transaction());
  } catch (error) {
    const formatted = formatError(
      { message: String((error as Error).message), extensions: { code: "INTERNAL_SERVER_ERROR" } },
      error,
      errorRequest,
    );
    return fail([{ ...formatted, message: `${formatted.message}. ${NOTHING_WRITTEN}.` }], statusOf(formatted));
  }
  try {
    await write.commit();
    write.committedVersion = version;
  } catch (error) {
    const formatted = formatError(
      { message: String((error as Error).message), extensions: { code: "INTERNAL_SERVER_ERROR" } },
      error,
      errorRequest,
    );
    const outcome = refusedByDatabase(error)
      ? `The database refused the commit and rolled the mutation back. ${NOTHING_WRITTEN}.`
      : "The database did not confirm the commit, so it is not known whether the mutation was written: read the records back before trying again.";
    result.data = null;
    result.errors = [{ ...formatted, message: `${outcome} (${formatted.message})` }];
    const status = statusOf(formatted);
    if (status) requestContext.response.http.status = status;
  }
}

const statusOf = (formatted: GraphQLFormattedError) =>
  formatted.extensions?.code === "SERVICE_UNAVAILABLE" ? 503 : undefined;
