import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Request, type RequestHandler, type Response } from "express";
import { getOperationAST, parse } from "graphql";
import type { AnalysisDatabase } from "../analysis/run.js";
import type { ResponseCache } from "../cache/response-cache.js";
import { calendarFeed } from "../calendar/feed.js";
import { FeedRequestError, feedWindow } from "../calendar/window.js";
import type { Config, HttpConfig } from "../config/index.js";
import type { GraphVersion } from "../db/graph-version.js";
import { limitConnectionsPerAddress } from "../http/connection-limit.js";
import { importRoute, jsonError } from "../http/import-route.js";
import { dashboard, graphiql } from "../web/static.js";
import { type Context, contextFor } from "./context.js";
import { createTokenVerifier } from "./auth.js";
import { databaseFailure, type PublicFailure } from "../db/failures.js";
import { deadlineFailure } from "./errors.js";
import { corsFor } from "./cors.js";
import { jsonDepth } from "./limits.js";

export interface HttpApp {
  server: http.Server;
  /** Serves /graphql and the calendar feeds from now on (until then: 503, still starting). */
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

function graphqlError(res: Response, { status, code, message }: PublicFailure): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function textError(res: Response, { status, message }: PublicFailure): void {
  res.status(status).type("text/plain; charset=utf-8").send(`${message}\n`);
}

export function createHttpApp(config: HttpConfig, isReady: () => Promise<boolean>, metrics?: RequestHandler): HttpApp {
  const app = express();
  app.disable("x-powered-by");
  // Every answer is of the type it says: a browser never guesses HTML or script from its bytes.
  app.use((_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  app.use(corsFor(config.cors));
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const ready = await isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
  });
  if (metrics) app.get("/metrics", metrics);

  let graphql: RequestHandler = (_req, res) => graphqlError(res, STARTING);
  let calendar: RequestHandler = (_req, res) => textError(res, STARTING);
  let upload: RequestHandler = (_req, res) => jsonError(res, STARTING);
  app.use("/graphql", (req, res, next) => graphql(req, res, next));
  app.use("/import", (req, res, next) => upload(req, res, next));
  app.get("/calendar/:file", (req, res, next) => calendar(req, res, next));
  app.use(dashboard());
  app.use(notFound);
  app.use(lastErrorHandler);

  const server = http.createServer(
    {
      // An idle keep-alive connection is closed after 65 s, not Node's 5 s: with a busy event
      // loop the 5 s timer fires late, after a client has already sent its next request on
      // that connection, and the client sees ECONNRESET (measured by npm run bench at c=16).
      // The two limits below do not cut it short: Node applies them from the moment a
      // connection opens, or a request's first byte arrives, until that request has been
      // read; never to a connection idle between requests.
      keepAliveTimeout: 65_000,
      // A client that sends its headers, or its whole request, too slowly (slowloris) gets
      // 408 and is disconnected; checked every second rather than Node's 30 s.
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.receiveTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  // Connections beyond this are closed as soon as they open, so that a flood of them
  // cannot exhaust the process's file descriptors.
  server.maxConnections = config.maxConnections;
  limitConnectionsPerAddress(server, config.maxConnectionsPerAddress);

  return {
    server,
    serve(apollo, graphqlConfig, db, imports, afterWrite, cache) {
      const verify = createTokenVerifier(graphqlConfig.auth);
      const { limits } = graphqlConfig;
      const router = express.Router();
      if (graphqlConfig.landingPage) router.get("/", graphiql());
      router.use(
        express.json({ limit: limits.bodyBytes }),
        // From here on the request has been read: the deadline bounds the answer only.
        withDeadline(config.deadlineMs, (req, res, deadlineMs) =>
          graphqlError(res, deadlineFailure(deadlineMs, asksForChange(req.body))),
        ),
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
      router.use(jsonErrors(limits.bodyBytes));
      graphql = router;
      upload = importRoute({
        auth: graphqlConfig.auth,
        limits: imports.import,
        previewTtlMs: imports.importUpload.previewTtlMs,
        deadline: (answer) => withDeadline(config.deadlineMs, answer),
        db,
        ...(afterWrite ? { afterWrite } : {}),
      });
      const calendarDeadline = withDeadline(config.deadlineMs, (_req, res, deadlineMs) =>
        textError(res, deadlineFailure(deadlineMs)),
      );
      const remember: ResponseCache["remember"] =
        cache?.remember ?? (async (_key, compute) => ({ ...withValue(await compute()), hit: false }));
      calendar = (req, res, next) => {
        const file = String(req.params.file);
        if (!file.endsWith(".ics")) return next();
        const id = file.slice(0, -".ics".length);
        calendarDeadline(req, res, async () => {
          try {
            const window = feedWindow(req.query);
            const signal = deadlineSignal(res);
            const { value: feed, hit } = await remember(
              `calendar:${JSON.stringify([id, window.from, window.to])}`,
              () => calendarFeed({ ...db, ...(signal ? { signal } : {}) }, id, window, graphqlConfig.limits.pageSize),
            );
            res.setHeader("x-cache", hit ? "HIT" : "MISS");
            if (feed === undefined) {
              res
                .status(404)
                .type("text/plain; charset=utf-8")
                .send(`No network, initiative, institution, person or forum has the id ${JSON.stringify(id)}\n`);
            } else {
              res.type("text/calendar; charset=utf-8").send(feed);
            }
          } catch (error) {
            const failure: PublicFailure | undefined =
              error instanceof FeedRequestError
                ? { status: 400, code: "BAD_REQUEST", message: error.message }
                : databaseFailure(error);
            if (failure) textError(res, failure);
            else next(error);
          }
        });
      };
    },
  };
}

const withValue = (value: string | undefined) => (value === undefined ? {} : { value });

/**
 * A request not answered within `deadlineMs` gets the deadline's 503, whatever its
 * handler waits for (a frozen database, a connection from the pool). Then its signal
 * (deadlineSignal) aborts: the reads that listen to it are stopped. Whatever the handler
 * writes later is dropped, so that it can neither change the answer nor throw for writing after it.
 */
function withDeadline(
  deadlineMs: number,
  answer: (req: Request, res: Response, deadlineMs: number) => void,
): RequestHandler {
  return (req, res, next) => {
    const deadline = new AbortController();
    res.locals[DEADLINE] = deadline.signal;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      answer(req, res, deadlineMs);
      muteLateOutput(res);
      deadline.abort(new Error(`The request's deadline (${deadlineMs} ms) passed`));
    }, deadlineMs);
    const stop = () => clearTimeout(timer);
    res.once("finish", stop);
    res.once("close", stop);
    next();
  };
}

const DEADLINE = "deadline";

/** The signal that aborts when the request's deadline has answered for it (withDeadline). */
function deadlineSignal(res: Response): AbortSignal | undefined {
  const signal: unknown = res.locals[DEADLINE];
  return signal instanceof AbortSignal ? signal : undefined;
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

/** Turns what writes a response into no-ops, once the response has been sent. */
function muteLateOutput(res: Response): void {
  const ignored = function (this: Response) {
    return this;
  };
  Object.assign(res, {
    setHeader: ignored,
    appendHeader: ignored,
    removeHeader: ignored,
    writeHead: ignored,
    flushHeaders: ignored,
    write: () => true,
    end: ignored,
  });
}

const notFound: RequestHandler = (_req, res) => {
  textError(res, {
    status: 404,
    code: "NOT_FOUND",
    message: "Nothing is served here: this service serves /graphql, /calendar/{id}.ics, /import, /healthz and /readyz",
  });
};

/**
 * The last word on any error that reaches Express: JSON on /graphql, plain text
 * elsewhere, never Express's HTML page or a stack trace.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
const lastErrorHandler: express.ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (res.headersSent) {
    // Mid-answer: the client cannot be told any more; end the connection so that it sees the cut.
    if (!res.writableEnded) res.destroy();
    return;
  }
  // Express and body-parser mark the client's mistakes (a malformed URI, an aborted body) with a 4xx status.
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const clientStatus = [status, statusCode].find((s): s is number => typeof s === "number" && s >= 400 && s < 500);
  const failure: PublicFailure =
    databaseFailure(error) ??
    (clientStatus
      ? { status: clientStatus, code: "BAD_REQUEST", message: "The request could not be read" }
      : { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Internal server error" });
  if (failure.status === 500) {
    console.error(
      `Unexpected error on ${req.method} ${req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  if (req.originalUrl.startsWith("/graphql")) graphqlError(res, failure);
  else textError(res, failure);
};

/** Too many batched operations, or variables nested too deep: refused before any is run. */
function requestShapeLimits(maxBatch: number, maxInputDepth: number): RequestHandler {
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    if (operations.length > maxBatch) {
      return graphqlError(res, {
        status: 400,
        code: "BAD_REQUEST",
        message: `The request batches ${operations.length} operations; at most ${maxBatch} are allowed`,
      });
    }
    // Variables are an object themselves: their own level does not count.
    const variables = operations.map((o) => (o as { variables?: unknown } | null)?.variables);
    if (variables.some((v) => jsonDepth(v, maxInputDepth + 2) - 1 > maxInputDepth)) {
      return graphqlError(res, {
        status: 400,
        code: "BAD_USER_INPUT",
        message: `The variables nest input more than ${maxInputDepth} levels deep`,
      });
    }
    next();
  };
}

/** Body-parser's errors as GraphQL-shaped JSON instead of an HTML page. */
function jsonErrors(bodyBytes: number): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === "entity.too.large") {
      return graphqlError(res, {
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
        message: `The request body is larger than ${bodyBytes} bytes`,
      });
    }
    if (error.type === "entity.parse.failed") {
      return graphqlError(res, { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON" });
    }
    if (error.status && error.status >= 400 && error.status < 500) {
      return graphqlError(res, { status: error.status, code: "BAD_REQUEST", message: "The request could not be read" });
    }
    next(error);
  };
}

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

export function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new PortInUseError(
              `Port ${port} on ${host} is already in use: set PORT to a free port, or stop the program that uses it`,
            )
          : error,
      );
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
