import { randomBytes } from "node:crypto";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { GraphQLScalarType, type GraphQLSchema, Kind, type ValueNode } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { analysisResolvers } from "../analysis/index.js";
import type { Config, Limits } from "../config/index.js";
import { loadTypeDefs, nodeTypeDefinitions } from "../schema-files.js";

/**
 * Every node type's lists and connections, at the root and nested, return the default
 * page when the request names no limit or first, and never more than the page size.
 */
function pageLimits(typeDefs: string, limits: Pick<Limits, "defaultPage" | "pageSize">): string {
  return nodeTypeDefinitions(typeDefs)
    .map(({ name }) => `extend type ${name.value} @limit(default: ${limits.defaultPage}, max: ${limits.pageSize})`)
    .join("\n");
}

/** At most this much of a refused value is echoed in the error. */
const shown = (value: unknown) => {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A date as YYYY-MM-DD and a day of the calendar: no "2025-02-30", "2024", "2024-11-1"
 * or date-time. Built here rather than handed to the library's parser, which reads
 * through JavaScript's Date: it rolls 30 February over to 2 March and takes the day in
 * the server's time zone.
 */
function strictDate(value: unknown) {
  if (neo4j.isDate(value)) return value;
  const match = typeof value === "string" ? DATE.exec(value) : null;
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (!year || !month || !day || month > 12 || day > daysInMonth(year, month)) {
    throw new TypeError(`${shown(value)} is not a date: expected YYYY-MM-DD, a day of the calendar`);
  }
  return new neo4j.types.Date(year, month, day);
}

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?$/;

/** A time of day as HH:MM or HH:MM:SS (a fraction of a second as the library writes it back); HH:MM is HH:MM:00. */
function strictLocalTime(original: GraphQLScalarType) {
  return (value: unknown): unknown => {
    if (neo4j.isLocalTime(value)) return value;
    if (typeof value !== "string" || !LOCAL_TIME.test(value)) {
      throw new TypeError(`${shown(value)} is not a time of day: expected HH:MM or HH:MM:SS`);
    }
    return original.parseValue(value.length === 5 ? `${value}:00` : value);
  };
}

/** A scalar that parses literals and variables with `parse`, and serializes as the library's does. */
function withParser(original: GraphQLScalarType, parseValue: (value: unknown) => unknown): GraphQLScalarType {
  return new GraphQLScalarType({
    ...original.toConfig(),
    parseValue,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw new TypeError(`${original.name} is written as a string`);
      return parseValue(ast.value);
    },
  });
}

/**
 * The library's Date and LocalTime scalars made strict, everywhere the schema takes
 * them: analysis arguments, filters and mutation inputs. A bad variable is a
 * BAD_USER_INPUT, a bad literal a GRAPHQL_VALIDATION_FAILED, each naming the value.
 */
function strictTemporalScalars(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => {
      if (type.name === "Date") return withParser(type, strictDate);
      if (type.name === "LocalTime") return withParser(type, strictLocalTime(type));
      return type;
    },
  });
}

/**
 * The executable schema that @neo4j/graphql builds from schema/. Tokens are verified
 * before a request reaches it (src/graphql/auth.ts), once, and handed over as
 * context.jwt, the claims the library trusts. It is never handed a raw token
 * (context.token), so the key it requires is one that verifies nothing.
 */
export async function buildSchema(config: Config["graphql"], driver?: Driver): Promise<GraphQLSchema> {
  const typeDefs = loadTypeDefs();
  const schema = await new Neo4jGraphQL({
    typeDefs: [typeDefs, pageLimits(typeDefs, config.limits)],
    resolvers: analysisResolvers({ pageSize: config.limits.pageSize, defaultPage: config.limits.defaultPage }),
    ...(driver ? { driver } : {}),
    features: {
      authorization: { key: randomBytes(32).toString("hex") },
      // Names are searched as typed: "bergen" finds "Universitetet i Bergen" (the dashboard's choices).
      filters: { String: { CASE_INSENSITIVE: true } },
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
  return strictTemporalScalars(schema);
}
