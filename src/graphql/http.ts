import http from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import { type Context, contextFor } from "./apollo.js";

export interface HttpApp {
  server: http.Server;
  /** Serves GraphQL at /graphql from now on (until then: 503, still starting). */
  serveGraphql(apollo: ApolloServer<Context>, database: string): void;
}

/**
 * The HTTP surface: /healthz answers while the process lives, /readyz only while the
 * database answers, /graphql once the schema is built. It listens before the database
 * is up, so that a busy port fails the start at once.
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

  let graphql: RequestHandler | undefined;
  app.use("/graphql", (req, res, next) => {
    if (graphql) return graphql(req, res, next);
    res.status(503).json({ errors: [{ message: "The service is starting", extensions: { code: "SERVICE_UNAVAILABLE" } }] });
  });

  return {
    server: http.createServer(app),
    serveGraphql(apollo, database) {
      const router = express.Router();
      router.use(express.json(), expressMiddleware(apollo, { context: async () => contextFor(database) }));
      graphql = router;
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
