import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule, type ValueNode } from "graphql";
import type { Limits } from "../config/index.js";

/** Most root fields in one operation, counting those behind fragments. */
function rootFieldLimit(max: number): ValidationRule {
  return (context) => {
    const count = (selectionSet: SelectionSetNode): number =>
      selectionSet.selections.reduce((sum, selection) => {
        if (selection.kind === Kind.FIELD) return sum + (selection.name.value.startsWith("__") ? 0 : 1);
        if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet);
        const fragment = context.getFragment(selection.name.value);
        return sum + (fragment ? count(fragment.selectionSet) : 0);
      }, 0);
    return {
      OperationDefinition(operation) {
        const fields = count(operation.selectionSet);
        if (fields > max) {
          context.reportError(
            new GraphQLError(`The operation asks for ${fields} root fields; at most ${max} are allowed in one operation`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}

/** How deep input nests, counting no further than `cap` so that hostile input cannot exhaust the stack. */
function valueDepth(value: ValueNode, cap: number): number {
  if (cap <= 0) return 0;
  if (value.kind === Kind.OBJECT) return 1 + Math.max(0, ...value.fields.map((f) => valueDepth(f.value, cap - 1)));
  if (value.kind === Kind.LIST) return 1 + Math.max(0, ...value.values.map((v) => valueDepth(v, cap - 1)));
  return 0;
}

/** Deepest nesting of input objects and lists written in the operation's arguments. */
function inputDepthLimit(max: number): ValidationRule {
  return (context) => ({
    Argument(argument) {
      if (valueDepth(argument.value, max + 1) > max) {
        context.reportError(
          new GraphQLError(`The argument ${argument.name.value} nests input more than ${max} levels deep`, {
            nodes: [argument],
          }),
        );
      }
      return false;
    },
  });
}

/** The same bound on JSON, for the variables of a request, which validation does not see. */
export function jsonDepth(value: unknown, cap: number): number {
  if (cap <= 0) return 0;
  const children = Array.isArray(value) ? value : value !== null && typeof value === "object" ? Object.values(value) : undefined;
  return children ? 1 + Math.max(0, ...children.map((child) => jsonDepth(child, cap - 1))) : 0;
}

/** The validation rules and plugins that bound what one request may ask of the service. */
export function requestLimits(limits: Limits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth },
    costLimit: { maxCost: limits.cost },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: 50 },
    // Its Apollo plugin turns syntax errors into HTTP 500; LIMIT_BODY_BYTES bounds the tokens instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same at runtime.
    plugins: armor.plugins as unknown as ApolloServerPlugin<BaseContext>[],
    validationRules: [...armor.validationRules, rootFieldLimit(limits.rootFields), inputDepthLimit(limits.inputDepth)],
  };
}
