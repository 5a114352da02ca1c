import { GraphQLError, Kind, type SelectionSetNode, type ValidationRule, type ValueNode } from "graphql";

/** Most root fields in one operation, counting those behind fragments. */
export function rootFieldLimit(max: number): ValidationRule {
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
            new GraphQLError(
              `The operation asks for ${fields} root fields; at most ${max} are allowed in one operation`,
              {
                nodes: [operation],
              },
            ),
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
export function inputDepthLimit(max: number): ValidationRule {
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
  const children = Array.isArray(value)
    ? value
    : value !== null && typeof value === "object"
      ? Object.values(value)
      : undefined;
  return children ? 1 + Math.max(0, ...children.map((child) => jsonDepth(child, cap - 1))) : 0;
}
