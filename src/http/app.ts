import type http from "node:http";
import type { ApolloServer } from "@apollo/server";
import express, { type RequestHandler } from "express";
import type { AnalysisDatabase } from "../analysis/run.js";
import type { ResponseCache } from "../cache/response-cache.js";
import type { Config, HttpConfig } from "../config/index.js";
import type { PublicFailure } from "../db/failures.js";
import type { GraphVersion } from "../db/graph-version.js";
import type { Context } from "../graphql/context.js";
import { calendarRoute } from "./calendar-route.js";
import { corsFor } from "./cors.js";
import { dashboard } from "./dashboard-route.js";
import { requestDeadline } from "./deadline.js";
import { answerFailure, answersIn, lastErrorHandler } from "./error-answer.js";
import { graphqlRoute } from "./graphql-route.js";
import { healthRoutes } from "./health-route.js";
import { importRoute } from "./import-route.js";
import { createHttpServer } from "./server.js";

export interface HttpApp {
  server: http.Server;
  /** Serves /graphql, /import and the calendar feeds from now on (until then: 503, still starting). */
  serve(
    apollo: ApolloServer<Context>,
    config: Config["graphql"],
    db: AnalysisDatabase,
    imports: Pick<Config, "import" | "importUpload">,
    /** Called with the version an upload's commit wrote, before it answers (the response cache learns it). */
    afterWrite?: (version: GraphVersion | undefined) => void,
    /** Keeps the calendar feeds by the graph's version; without it each is built afresh. */
    cache?: Pick<ResponseCache, "remember">,
  ): void;
}

const STARTING: PublicFailure = { status: 503, code: "SERVICE_UNAVAILABLE", message: "The service is starting" };

/** The routes that need GraphQL and the database, each answering its errors in its own shape. */
function routes(
  handlers: Record<"graphql" | "upload" | "calendar", RequestHandler | RequestHandler[]>,
): express.Router {
  return express
    .Router()
    .use("/graphql", answersIn("graphql"), handlers.graphql)
    .use("/import", answersIn("import"), handlers.upload)
    .get("/calendar/:file", handlers.calendar);
}

/**
 * The service's HTTP surface: the health checks and /metrics at once; GraphQL, the
 * uploads and the calendar feeds once `serve` is called; the dashboard; a plain-text 404
 * for anything else and one last error handler.
 */
export function createHttpApp(config: HttpConfig, isReady: () => Promise<boolean>, metrics?: RequestHandler): HttpApp {
  const app = express();
  app.disable("x-powered-by");
  // Every answer is of the type it says: a browser never guesses HTML or script from its bytes.
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  app.use(corsFor(config.cors));
  app.use(healthRoutes(isReady));
  if (metrics) app.get("/metrics", metrics);

  const starting: RequestHandler = (_req, res) => answerFailure(res, STARTING);
  let served = routes({ graphql: starting, upload: starting, calendar: starting });
  app.use((req, res, next) => served(req, res, next));
  app.use(dashboard());
  app.use(notFound);
  app.use(lastErrorHandler);

  const deadline = requestDeadline(config.deadlineMs);
  return {
    server: createHttpServer(config, app),
    serve(apollo, graphqlConfig, db, imports, afterWrite, cache) {
      served = routes({
        graphql: graphqlRoute({ apollo, config: graphqlConfig, db, deadline }),
        upload: importRoute({
          auth: graphqlConfig.auth,
          limits: imports.import,
          previewTtlMs: imports.importUpload.previewTtlMs,
          deadline,
          db,
          ...(afterWrite ? { afterWrite } : {}),
        }),
        calendar: calendarRoute({
          db,
          pageSize: graphqlConfig.limits.pageSize,
          deadline,
          ...(cache ? { cache } : {}),
        }),
      });
    },
  };
}

const notFound: RequestHandler = (_req, res) =>
  answerFailure(
    res,
    {
      status: 404,
      code: "NOT_FOUND",
      message:
        "Nothing is served here: this service serves /graphql, /calendar/{id}.ics, /import, /healthz and /readyz",
    },
    "text",
  );
