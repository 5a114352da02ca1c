import { randomBytes } from "node:crypto";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { analysisResolvers } from "../analysis/index.js";
import type { Config } from "../config/index.js";
import { labelsWithId } from "../db/graph-schema.js";
import { loadTypeDefs } from "./type-defs.js";

/** Every node type's lists are capped at the configured page size. */
function pageSizeLimits(typeDefs: string, pageSize: number): string {
  return labelsWithId(typeDefs)
    .map((type) => `extend type ${type} @limit(max: ${pageSize})`)
    .join("\n");
}

/**
 * The executable schema that @neo4j/graphql builds from schema/. Tokens are verified
 * before a request reaches it (src/graphql/auth.ts) and handed over as context.jwt;
 * the library is given the same key, so that it would verify a raw token the same way.
 */
export function buildSchema(config: Config["graphql"], driver?: Driver): Promise<GraphQLSchema> {
  const typeDefs = loadTypeDefs();
  const { secret, jwksUrl, issuer, audience } = config.auth;
  return new Neo4jGraphQL({
    typeDefs: [typeDefs, pageSizeLimits(typeDefs, config.limits.pageSize)],
    resolvers: analysisResolvers,
    ...(driver ? { driver } : {}),
    features: {
      authorization: {
        key: secret ?? (jwksUrl ? { url: jwksUrl } : randomBytes(32).toString("hex")),
        verifyOptions: {
          ...(secret ? { algorithms: ["HS256"] } : {}),
          ...(issuer ? { issuer } : {}),
          ...(audience ? { audience } : {}),
        },
      },
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
