import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import { getOperationAST, parse } from "graphql";
import type { AnalysisDatabase } from "../analysis/run.js";
import type { Config } from "../config/index.js";
import { createTokenVerifier } from "../graphql/auth.js";
import { type Context, contextFor } from "../graphql/context.js";
import { jsonDepth } from "../graphql/limits/index.js";
import { jsonBody } from "./body-limits.js";
import { graphiql } from "./dashboard-route.js";
import { type Deadline, deadlineSignal } from "./deadline.js";
import { answerFailure } from "./error-answer.js";

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  config: Config["graphql"];
  db: AnalysisDatabase;
  deadline: Deadline;
}

/**
 * /graphql: GraphiQL for a browser (when configured), then a JSON body within its limit,
 * the deadline, the request's shape (batch, nesting of variables), and Apollo with the
 * request's context: the verified token and the deadline's signal.
 */
export function graphqlRoute({ apollo, config, db, deadline }: GraphqlRouteOptions): express.Router {
  const verify = createTokenVerifier(config.auth);
  const { limits } = config;
  const router = express.Router();
  if (config.landingPage) router.get("/", graphiql());
  router.use(
    jsonBody(limits.bodyBytes, {
      tooLarge: {
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
        message: `The request body is larger than ${limits.bodyBytes} bytes`,
      },
      malformed: { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON" },
    }),
    // From here on the request has been read: the deadline bounds the answer only.
    deadline((req) => asksForChange(req.body)),
    requestShapeLimits(limits.batch, limits.inputDepth),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        contextFor(
          db.driver,
          db.database,
          db.transactionTimeoutMs,
          await verify(req.headers.authorization),
          deadlineSignal(res),
        ),
    }),
  );
  return router;
}

/** Whether a GraphQL request body holds a mutation; read only when its deadline has passed. */
function asksForChange(body: unknown): boolean {
  return (Array.isArray(body) ? body : [body]).some((operation) => {
    const { query, operationName } = (operation ?? {}) as { query?: unknown; operationName?: unknown };
    if (typeof query !== "string") return false;
    try {
      return (
        getOperationAST(parse(query), typeof operationName === "string" ? operationName : undefined)?.operation ===
        "mutation"
      );
    } catch {
      return false;
    }
  });
}

/** Too many batched operations, or variables nested too deep: refused before any is run. */
function requestShapeLimits(maxBatch: number, maxInputDepth: number): RequestHandler {
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    if (operations.length > maxBatch) {
      return answerFailure(res, {
        status: 400,
        code: "BAD_REQUEST",
        message: `The request batches ${operations.length} operations; at most ${maxBatch} are allowed`,
      });
    }
    // Variables are an object themselves: their own level does not count.
    const variables = operations.map((o) => (o as { variables?: unknown } | null)?.variables);
    if (variables.some((v) => jsonDepth(v, maxInputDepth + 2) - 1 > maxInputDepth)) {
      return answerFailure(res, {
        status: 400,
        code: "BAD_USER_INPUT",
        message: `The variables nest input more than ${maxInputDepth} levels deep`,
      });
    }
    next();
  };
}
