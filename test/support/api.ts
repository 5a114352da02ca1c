import type { ApolloServer } from "@apollo/server";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { DocumentNode, GraphQLFormattedError } from "graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { createApolloServer } from "../../src/graphql/apollo.js";
import { type Context, contextFor } from "../../src/graphql/context.js";
import { buildSchema } from "../../src/graphql/schema.js";
import { seedGraph, testDriver, testTarget } from "./database.js";

type Operation<R, V> = TypedDocumentNode<R, V> | string;

export interface GraphApi {
  /** Runs an operation in-process, as a client would send it; fails the test on any GraphQL error. */
  query<R = Record<string, unknown>, V = Record<string, unknown>>(
    operation: Operation<R, V>,
    variables?: V,
    operationName?: string,
  ): Promise<R>;
  /** Runs an operation that is expected to fail, and returns its errors. */
  errors<R, V>(operation: Operation<R, V>, variables?: V): Promise<readonly GraphQLFormattedError[]>;
  driver: Driver;
}

/** For a test file that reads the seeded graph: the graph as seeds/ makes it before its tests (seedGraph). */
export function useSeededGraph(): GraphApi {
  let driver: Driver | undefined;
  let server: ApolloServer<Context> | undefined;
  const database = testTarget().database;
  const config = loadConfig({});

  beforeAll(async () => {
    driver = testDriver();
    await seedGraph(driver);
    server = createApolloServer(await buildSchema(config.graphql, driver), config.graphql);
    await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await driver?.close();
  });

  async function execute(operation: DocumentNode | string, variables: unknown, operationName?: string) {
    if (!server || !driver) throw new Error("useSeededGraph: used outside a test");
    const response = await server.executeOperation(
      {
        query: operation,
        variables: variables as Record<string, unknown> | undefined,
        ...(operationName ? { operationName } : {}),
      },
      { contextValue: contextFor(driver, database, config.graphql.limits.transactionTimeoutMs) },
    );
    if (response.body.kind !== "single") throw new Error("Expected a single result");
    return response.body.singleResult;
  }

  return {
    get driver() {
      if (!driver) throw new Error("useSeededGraph: used outside a test");
      return driver;
    },
    async query<R, V>(operation: Operation<R, V>, variables?: V, operationName?: string): Promise<R> {
      const { data, errors } = await execute(operation, variables, operationName);
      if (errors?.length) throw new Error(errors.map((e) => e.message).join("\n"));
      return data as R;
    },
    async errors<R, V>(operation: Operation<R, V>, variables?: V) {
      const { errors } = await execute(operation, variables);
      if (!errors?.length) throw new Error("Expected the operation to fail, but it succeeded");
      return errors;
    },
  };
}
