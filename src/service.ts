import type { Config } from "./config/index.js";
import { applyGraphSchema } from "./db/graph-schema.js";
import { type Database, openDatabase } from "./db/database.js";
import { databaseAnswers } from "./db/driver.js";
import { createResponseCache } from "./cache/response-cache.js";
import { createApolloServer } from "./graphql/apollo.js";
import { createHttpApp } from "./http/app.js";
import { metricsRoute } from "./http/metrics-route.js";
import { listen } from "./http/server.js";
import { ServiceMetrics } from "./graphql/metrics.js";
import { buildSchema } from "./graphql/schema.js";
import { graphIsEmpty, loadSeeds } from "./seed/index.js";

/** /readyz answers within this even while the database hangs. */
const READINESS_TIMEOUT_MS = 2_000;

export interface RunningService {
  url: string;
  /** Shuts down in order: the HTTP server, the driver, the Neo4j this process started. */
  close(): Promise<void>;
}

/**
 * Starts the whole service: HTTP first (so a busy port fails at once), then the
 * database, its constraints and indexes, when the graph is empty, the seed data; then GraphQL.
 */
export async function startService(config: Config, log: (line: string) => void): Promise<RunningService> {
  let database: Database | undefined;
  // Ready means the API answers queries: not before GraphQL serves (the first seeding takes a while).
  let serving = false;
  const metrics = new ServiceMetrics();
  const http = createHttpApp(
    config.http,
    () =>
      serving && database
        ? databaseAnswers(database.driver, database.target.database, READINESS_TIMEOUT_MS)
        : Promise.resolve(false),
    metricsRoute(metrics, config.metricsToken),
  );
  const port = await listen(http.server, config.http.host, config.http.port);
  const closeHttp = () => new Promise<void>((resolve) => http.server.close(() => resolve()));

  try {
    database = await openDatabase(config, log);
    const { driver, target } = database;
    await applyGraphSchema(driver, target.database);
    if (await graphIsEmpty(driver, target.database)) {
      log("The graph is empty: loading the seed data");
      await loadSeeds(driver, target.database, { log });
    }
    const cache = createResponseCache(config.cache, { driver, database: target.database }, metrics);
    const apollo = createApolloServer(
      await buildSchema(config.graphql, driver),
      config.graphql,
      http.server,
      cache.plugins,
    );
    await apollo.start();
    await cache.start();
    http.serve(
      apollo,
      config.graphql,
      {
        driver,
        database: target.database,
        transactionTimeoutMs: config.graphql.limits.transactionTimeoutMs,
      },
      config,
      (version) => cache.learn(version),
      cache,
    );
    serving = true;

    const opened = database;
    const shownHost = ["0.0.0.0", "::", "127.0.0.1", "::1"].includes(config.http.host) ? "localhost" : config.http.host;
    return {
      url: `http://${shownHost}:${port}/graphql`,
      async close() {
        cache.stop();
        await apollo.stop();
        await opened.close();
      },
    };
  } catch (error) {
    await closeHttp();
    await database?.close().catch(() => undefined);
    throw error;
  }
}
