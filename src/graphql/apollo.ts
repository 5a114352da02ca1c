import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { AnalysisContext } from "../analysis/context.js";

export type Context = Neo4jGraphQLContext & AnalysisContext;

/** The Apollo server over the graph schema; the HTTP layer is wired separately. */
export function createApolloServer(schema: GraphQLSchema, httpServer?: Server): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    // src/main.ts owns the shutdown order (HTTP, driver, Neo4j).
    stopOnTerminationSignals: false,
    plugins: httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : [],
  });
}

/** What every operation runs with: the database, for the generated queries and the analyses. */
export function contextFor(driver: Driver, database: string): Context {
  return { sessionConfig: { database }, analysis: { driver, database } };
}
