import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";

/** The relationship filters in one argument: how many, and the names along the deepest chain of them. */
export interface RelationshipFilters {
  count: number;
  deepest: string[];
}

/**
 * The node (or interface) type that an input type filters: the library names a node's
 * filter <Type>Where (NetworkWhere). A connection's filter (NetworkSupportersConnectionWhere)
 * and a relationship's properties (SupportWhere) have no related object among their
 * fields, so they add no level.
 */
function filteredType(schema: GraphQLSchema, name: string) {
  const type = name.endsWith("Where") ? schema.getType(name.slice(0, -"Where".length)) : undefined;
  return type && (isObjectType(type) || isInterfaceType(type)) ? type : undefined;
}

/**
 * Finds the relationship filters in an argument's value (coerced, variables included): each
 * field of a node's filter that names a related object (`members: { some: … }`,
 * `network: { … }`, `membersConnection: { all: … }`, an aggregate over a relationship) is
 * one, and becomes a subquery Neo4j must plan and run for every node it tests. Stops
 * looking below `maxDepth + 1` levels: that deep is refused anyway.
 */
export function relationshipFilters(
  schema: GraphQLSchema,
  type: GraphQLInputType,
  value: unknown,
  maxDepth: number,
): RelationshipFilters {
  const found: RelationshipFilters = { count: 0, deepest: [] };
  const visit = (type: GraphQLInputType, value: unknown, chain: string[]): void => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return visit(type.ofType, value, chain);
    if (isListType(type)) {
      for (const item of Array.isArray(value) ? value : [value]) visit(type.ofType, item, chain);
      return;
    }
    if (!isInputObjectType(type) || typeof value !== "object") return;
    const node = filteredType(schema, type.name);
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value)) {
      const field = fields[name];
      if (!field || item === null || item === undefined) continue;
      const related = node?.getFields()[name];
      if (related && isCompositeType(getNamedType(related.type))) {
        found.count += 1;
        const deeper = [...chain, name];
        if (deeper.length > found.deepest.length) found.deepest = deeper;
        if (deeper.length <= maxDepth) visit(field.type, item, deeper);
      } else {
        visit(field.type, item, chain);
      }
    }
  };
  visit(type, value, []);
  return found;
}
