// graphql-codegen reads the printed executable schema (scripts/print-schema.ts writes it,
// since @neo4j/graphql augments the SDL in schema/). It generates the types of the
// analyses' resolvers (the custom Query fields of schema/analysis/ and the types their
// answers reach, nothing else), and typed documents for the analysis operations in
// docs/operations/ that clients and the tests use.
import { readFileSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { filterSchema, pruneSchema } from "@graphql-tools/utils";
import { buildSchema, printSchema } from "graphql";
import { analysisQueryFields } from "./src/schema-files.js";

const contract = "src/generated/schema.graphql";

/** The contract cut down to the custom Query fields and what they reach. */
function analysisSchema(): string {
  const fields = new Set(analysisQueryFields());
  const schema = filterSchema({
    schema: buildSchema(readFileSync(contract, "utf8")),
    rootFieldFilter: (operation, name) => operation === "Query" && fields.has(name),
  });
  return printSchema(pruneSchema(schema));
}

/** The scalars as a client sends and reads them. */
const scalars = {
  ID: "string",
  BigInt: "string",
  Date: "string",
  DateTime: "string",
  LocalTime: "string",
  Time: "string",
};

const config: CodegenConfig = {
  overwrite: true,
  config: { enumsAsTypes: true, useTypeImports: true, scalars },
  generates: {
    "src/generated/analysis-resolvers.ts": {
      schema: analysisSchema(),
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        makeResolverTypeCallable: true,
        skipTypename: true,
        // What the resolvers are handed: a date argument as the library's Date scalar parses it.
        scalars: { ...scalars, Date: { input: "neo4j-driver#Date", output: "string" } },
      },
    },
    "src/generated/operations.ts": {
      schema: contract,
      documents: "docs/operations/*.graphql",
      plugins: ["typescript-operations", "typed-document-node"],
    },
    // The dashboard's typed documents (client preset): the shared analysis operations and
    // the dashboard's own, as query strings, so the browser needs no GraphQL library.
    "web/src/generated/": {
      schema: contract,
      preset: "client",
      documents: ["docs/operations/*.graphql", "web/src/**/*.graphql"],
      presetConfig: { fragmentMasking: false },
      config: { documentMode: "string" },
    },
  },
};

export default config;
