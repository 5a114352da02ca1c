import type { ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { applyConstraints } from "../../src/db/constraints.js";
import { type Context, contextFor, createApolloServer } from "../../src/graphql/apollo.js";
import { buildSchema } from "../../src/graphql/schema.js";
import { loadTypeDefs } from "../../src/graphql/type-defs.js";
import { loadSeeds } from "../../src/seed/index.js";
import { testDriver, testTarget } from "./database.js";

export interface GraphApi {
  /** Runs an operation in-process, as a client would send it; fails the test on any GraphQL error. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  driver: Driver;
}

/** For a test file that reads the seeded graph: reseeds from seeds/ before its tests. */
export function useSeededGraph(): GraphApi {
  let driver: Driver | undefined;
  let server: ApolloServer<Context> | undefined;
  const database = testTarget().database;

  beforeAll(async () => {
    driver = testDriver();
    await applyConstraints(driver, database, loadTypeDefs());
    await loadSeeds(driver, database, { reset: true });
    server = createApolloServer(await buildSchema(driver));
    await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await driver?.close();
  });

  return {
    get driver() {
      if (!driver) throw new Error("useSeededGraph: used outside a test");
      return driver;
    },
    async query<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      if (!server) throw new Error("useSeededGraph: used outside a test");
      const response = await server.executeOperation({ query, variables }, { contextValue: contextFor(database) });
      if (response.body.kind !== "single") throw new Error("Expected a single result");
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(errors.map((e) => e.message).join("\n"));
      return data as T;
    },
  };
}
