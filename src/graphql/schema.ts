import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { analysisResolvers } from "../analysis/index.js";
import { loadTypeDefs } from "./type-defs.js";

/** The executable schema that @neo4j/graphql augments from schema/*.graphql. */
export function buildSchema(driver?: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    resolvers: analysisResolvers,
    ...(driver ? { driver } : {}),
    features: {
      // The public contract carries only the current filter syntax, not the deprecated aliases.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  }).getSchema();
}
