import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  typeFromAST,
} from "graphql";
import { answerLengths } from "../../analysis/index.js";
import type { Limits } from "../../config/index.js";
import { checkPaging, isLibraryConnection, pageOf, pagingOf } from "./paging.js";
import { relationshipFilters } from "./relationship-filters.js";

type Bounds = Pick<Limits, "defaultPage" | "pageSize" | "filterDepth" | "filters">;

const selfContainedTypes = new WeakMap<GraphQLSchema, Set<string>>();

/**
 * The composite types from which no paged list or connection can be reached: the
 * analyses' answers (their Summary types) and introspection. Everything in such an answer
 * was computed before the selection is applied, so a list of them does not fan out.
 */
function selfContained(schema: GraphQLSchema): Set<string> {
  let known = selfContainedTypes.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) || isInterfaceType(t));
  const reaches = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const type of types) {
      if (reaches.has(type.name)) continue;
      const fields = Object.values(type.getFields());
      if (fields.some((f) => pagingOf(f) || reaches.has(getNamedType(f.type).name))) {
        reaches.add(type.name);
        grew = true;
      }
    }
  }
  known = new Set(types.filter((t) => !reaches.has(t.name)).map((t) => t.name));
  selfContainedTypes.set(schema, known);
  return known;
}

/** An operation the service will not run as asked: GRAPHQL_VALIDATION_FAILED, before anything is run. */
function refused(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "GRAPHQL_VALIDATION_FAILED", ...extensions, http: { status: 400 } },
  });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  bounds: Bounds;
  /** Lists that name no page and hold self-contained items count as one: the analyses' answers. Not in a mutation's answer. */
  selfContained: Set<string>;
  /** Relationship filters seen so far, nested ones included. */
  filters: number;
  /** Cost and relationship filters of a fragment on a type, computed once however often it is spread. */
  memo: Map<string, { cost: number; filters: number }>;
}

function included(
  node: FieldNode | { directives?: FieldNode["directives"] },
  variables: Record<string, unknown>,
): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
  const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
  return skip?.if !== true && include?.if !== false;
}

function fieldDefinition(walk: Walk, parent: GraphQLCompositeType, name: string) {
  if (name === SchemaMetaFieldDef.name && parent === walk.schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === walk.schema.getQueryType()) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The field's arguments as execution will see them; none where execution will report them as wrong. */
function argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  try {
    return getArgumentValues(definition, node, variables);
  } catch {
    return {};
  }
}

/**
 * Counts the relationship filters in a field's arguments, and refuses a chain of them
 * deeper than LIMIT_FILTER_DEPTH: each level multiplies the rows Neo4j must look at.
 */
function countFilters(
  walk: Walk,
  field: string,
  definition: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
) {
  const max = walk.bounds.filterDepth;
  for (const arg of definition.args) {
    const found = relationshipFilters(walk.schema, arg.type, args[arg.name], max);
    walk.filters += found.count;
    if (found.deepest.length > max) {
      throw refused(
        // The walk stops one level past the limit, so the chain shown is where it was crossed.
        `${field}(${arg.name}) nests relationship filters more than ${max} deep (${found.deepest.join(" › ")} …); ` +
          `at most ${max} may nest inside one another: each filter on a related object ` +
          "(some, all, none, single, a …Connection filter, or a single related object) is one level",
        { maxFilterDepth: max },
      );
    }
  }
}

/**
 * The objects one field may put in the answer: a list counts as its page times what
 * each item holds; a connection as itself plus its page of edges; a single object as
 * one plus what it holds; a scalar as nothing.
 */
function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLCompositeType, edgesPage: number | undefined): number {
  const definition = fieldDefinition(walk, parent, node.name.value);
  if (!definition) return 0;
  const args = argumentsOf(definition, node, walk.variables);
  countFilters(walk, `${parent.name}.${node.name.value}`, definition, args);
  const named = getNamedType(definition.type);
  if (!isCompositeType(named) || !node.selectionSet) return 0;
  const paging = pagingOf(definition);
  if (paging) checkPaging(`${parent.name}.${node.name.value}`, args, isLibraryConnection(named));
  if (paging === "connection") {
    return 1 + selectionCost(walk, node.selectionSet, named, pageOf(args.first, args.where, walk.bounds));
  }
  let page = 1;
  const answerLength = parent === walk.schema.getQueryType() ? answerLengths.get(node.name.value) : undefined;
  if (paging === "list") page = pageOf(args.limit, args.where, walk.bounds);
  else if (answerLength) page = Math.min(answerLength(args), walk.bounds.pageSize);
  else if (isListType(getNullableType(definition.type))) {
    // A connection's list (the library's edges, an analysis's page of items) comes in its page;
    // the analyses' answers are computed whole (and refused above a page,
    // src/analysis/run.ts); any other list, such as the nodes a mutation returns, counts
    // as the page size.
    if (edgesPage !== undefined) page = edgesPage;
    else if (!walk.selfContained.has(named.name)) page = walk.bounds.pageSize;
  }
  return page * (1 + selectionCost(walk, node.selectionSet, named, undefined));
}

function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  edgesPage: number | undefined,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (!included(selection, walk.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(walk, selection, parent, edgesPage);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? typeFromAST(walk.schema, selection.typeCondition) : parent;
      cost += selectionCost(walk, selection.selectionSet, isCompositeType(type) ? type : parent, edgesPage);
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment) continue;
      const key = `${fragment.name.value} ${parent.name} ${edgesPage}`;
      let spread = walk.memo.get(key);
      if (spread === undefined) {
        const type = typeFromAST(walk.schema, fragment.typeCondition);
        const filtersBefore = walk.filters;
        const fragmentCost = selectionCost(
          walk,
          fragment.selectionSet,
          isCompositeType(type) ? type : parent,
          edgesPage,
        );
        spread = { cost: fragmentCost, filters: walk.filters - filtersBefore };
        walk.memo.set(key, spread);
      } else {
        walk.filters += spread.filters;
      }
      cost += spread.cost;
    }
  }
  return cost;
}

/**
 * The estimated cost of an operation: how many objects its answer may hold. Each list
 * and connection counts as the page it returns (limit or first, from a literal or a
 * variable, at most LIMIT_PAGE_SIZE; LIMIT_DEFAULT_PAGE when it names none), times what
 * each item holds, so that nested lists multiply. Undefined when the variables do not
 * fit the operation: execution reports that. On the way it refuses relationship filters
 * nested deeper than LIMIT_FILTER_DEPTH, or more of them than LIMIT_FILTERS: their work is
 * not in the answer's size, and Neo4j plans and runs a subquery for each.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  rawVariables: Record<string, unknown> | undefined,
  bounds: Bounds,
): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return undefined;
  const walk: Walk = {
    schema,
    fragments,
    variables: coerced.coerced,
    bounds,
    selfContained: operation.operation === "query" ? selfContained(schema) : new Set(),
    filters: 0,
    memo: new Map(),
  };
  const cost = selectionCost(walk, operation.selectionSet, root, undefined);
  if (walk.filters > bounds.filters) {
    throw refused(
      `The operation has ${walk.filters} relationship filters; at most ${bounds.filters} are allowed in one operation: ` +
        "each filter on a related object (some, all, none, single, a …Connection filter, or a single related object) counts, nested ones too",
      { filters: walk.filters, maxFilters: bounds.filters },
    );
  }
  return cost;
}

const formatCost = (cost: number) => (cost < 1e15 ? Math.round(cost).toLocaleString("en") : cost.toExponential(1));

/**
 * Refuses, before anything runs, an operation whose estimated cost is above LIMIT_COST,
 * relationship filters beyond LIMIT_FILTER_DEPTH and LIMIT_FILTERS, and paging arguments
 * that no page can have. It sees the variables, which validation
 * rules (graphql-armor's cost limit among them) do not.
 */
export function costLimit(limits: Limits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = operationCost(schema, operation, fragments, request.variables, limits);
          if (cost !== undefined && cost > limits.cost) {
            throw refused(
              `The operation's estimated cost is ${formatCost(cost)}, above the limit of ${formatCost(limits.cost)}: ` +
                `it may return that many objects, each list counting as its page (limit or first, ${limits.defaultPage} when not given) ` +
                "times what each item holds. Ask for smaller pages with limit or first, or nest fewer lists",
              { cost, maxCost: limits.cost },
            );
          }
        },
      };
    },
  };
}
