import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import type { AnalysisDatabase } from "../analysis/run.js";
import { calendarFeed } from "../calendar/feed.js";
import { type Context, contextFor } from "./apollo.js";

export interface HttpApp {
  server: http.Server;
  /** Serves /graphql and the calendar feeds from now on (until then: 503, still starting). */
  serve(apollo: ApolloServer<Context>, db: AnalysisDatabase): void;
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

  return {
    server: http.createServer(app),
    serve(apollo, db) {
      const router = express.Router();
      router.use(express.json(), expressMiddleware(apollo, { context: async () => contextFor(db.driver, db.database) }));
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
