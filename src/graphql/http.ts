import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import type { AnalysisDatabase } from "../analysis/run.js";
import { calendarFeed } from "../calendar/feed.js";
import type { Config } from "../config/index.js";
import { dashboard } from "../web/static.js";
import { type Context, contextFor } from "./apollo.js";
import { createTokenVerifier } from "./auth.js";
import { jsonDepth } from "./limits.js";

export interface HttpApp {
  server: http.Server;
  /** Serves /graphql and the calendar feeds from now on (until then: 503, still starting). */
  serve(apollo: ApolloServer<Context>, config: Config["graphql"], db: AnalysisDatabase): void;
}

const starting: RequestHandler = (_req, res) => {
  res.status(503).json({ errors: [{ message: "The service is starting", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
};

/**
 * The HTTP surface: /healthz answers while the process lives, /readyz only while the
 * database answers, /graphql and /calendar/{id}.ics once the database is there. It
 * listens before the database is up, so that a busy port fails the start at once.
 */
export function createHttpApp(isReady: () => Promise<boolean>): HttpApp {
  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const ready = await isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
  });

  let graphql: RequestHandler = starting;
  let calendar: RequestHandler = starting;
  app.use("/graphql", (req, res, next) => graphql(req, res, next));
  app.get("/calendar/:file", (req, res, next) => calendar(req, res, next));
  app.use(dashboard());

  return {
    // An idle keep-alive connection is closed after 65 s, not Node's 5 s: with a busy event
    // loop the 5 s timer fires late, after a client has already sent its next request on
    // that connection, and the client sees ECONNRESET (measured by npm run bench at c=16).
    server: http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, app),
    serve(apollo, config, db) {
      const verify = createTokenVerifier(config.auth);
      const router = express.Router();
      router.use(
        express.json({ limit: config.limits.bodyBytes }),
        requestShapeLimits(config.limits.batch, config.limits.inputDepth),
        expressMiddleware(apollo, {
          context: async ({ req }) =>
            contextFor(db.driver, db.database, db.transactionTimeoutMs, await verify(req.headers.authorization)),
        }),
      );
      router.use(jsonErrors(config.limits.bodyBytes));
      graphql = router;
      calendar = async (req, res, next) => {
        const file = String(req.params.file);
        if (!file.endsWith(".ics")) return next();
        const id = file.slice(0, -".ics".length);
        try {
          const feed = await calendarFeed(db, id);
          if (feed === undefined) {
            res.status(404).type("text/plain").send(`No network or initiative has the id "${id}"\n`);
          } else {
            res.type("text/calendar; charset=utf-8").send(feed);
          }
        } catch (error) {
          next(error);
        }
      };
    },
  };
}

function graphqlError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Too many batched operations, or variables nested too deep: refused before any is run. */
function requestShapeLimits(maxBatch: number, maxInputDepth: number): RequestHandler {
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
    if (operations.length > maxBatch) {
      return graphqlError(res, 400, "BAD_REQUEST", `The request batches ${operations.length} operations; at most ${maxBatch} are allowed`);
    }
    // Variables are an object themselves: their own level does not count.
    const variables = operations.map((o) => (o as { variables?: unknown } | null)?.variables);
    if (variables.some((v) => jsonDepth(v, maxInputDepth + 2) - 1 > maxInputDepth)) {
      return graphqlError(res, 400, "BAD_USER_INPUT", `The variables nest input more than ${maxInputDepth} levels deep`);
    }
    next();
  };
}

/** Body-parser's errors as GraphQL-shaped JSON instead of an HTML page. */
function jsonErrors(bodyBytes: number): express.ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === "entity.too.large") {
      return graphqlError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${bodyBytes} bytes`);
    }
    if (error.type === "entity.parse.failed") return graphqlError(res, 400, "BAD_REQUEST", "The request body is not valid JSON");
    if (error.status && error.status >= 400 && error.status < 500) {
      return graphqlError(res, error.status, "BAD_REQUEST", "The request could not be read");
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
          ? new PortInUseError(`Port ${port} on ${host} is already in use: set PORT to a free port, or stop the program that uses it`)
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
