import type { Server } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../config/index.js";
import type { Context } from "./context.js";
import { errorFormatter, errorResponses } from "./public-errors.js";
import { requestLimits } from "./limits/index.js";
import { registeredOperations, safelist, safelistCache } from "./safelist.js";
import { guardMutations } from "./write-guard.js";
import { writeTransaction } from "./write-transaction.js";

/** The Apollo server over the graph schema; the HTTP layer is wired separately. */
export function createApolloServer(
  schema: GraphQLSchema,
  config: Config["graphql"],
  httpServer?: Server,
  /** The service's own: the response cache (src/cache/). */
  extraPlugins: ApolloServerPlugin<Context>[] = [],
): ApolloServer<Context> {
  const limits = requestLimits(config.limits, config.production);
  const registered = config.safelist ? registeredOperations() : undefined;
  const formatError = errorFormatter(config.production);
  return new ApolloServer<Context>({
    // Every mutation's input is checked before it writes; all of an operation's writes are one transaction.
    schema: guardMutations(schema),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    formatError,
    allowBatchedHttpRequests: config.limits.batch > 1,
    // Automatic persisted queries: any operation by default; in safelist mode only the registered ones.
    ...(registered ? { persistedQueries: { cache: safelistCache(registered) } } : {}),
    validationRules: limits.validationRules,
    // src/main.ts owns the shutdown order (HTTP, driver, Neo4j).
    stopOnTerminationSignals: false,
    plugins: [
      ...limits.plugins,
      errorResponses,
      ...(registered ? [safelist(registered)] : []),
      writeTransaction(formatError),
      // A browser's GET /graphql gets our own GraphiQL (src/http/graphql-route.ts), never Apollo Sandbox from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      ...extraPlugins,
    ],
  });
}
