import http from "node:http";
import type { Express } from "express";
import type { HttpConfig } from "../config/index.js";
import { limitConnectionsPerAddress } from "./connection-limit.js";

/** The node:http server for the app, with the connection limits and timeouts of HttpConfig. */
export function createHttpServer(config: HttpConfig, app: Express): http.Server {
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
  return server;
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
