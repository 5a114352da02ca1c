import {
  type FieldNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";

/** The ids a mutation field's arguments write: every "id" in them, except in those that select (where). */
export function idsInArguments(args: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const collect = (value: unknown, depth: number): void => {
    if (depth > 50 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((item) => collect(item, depth + 1));
    for (const [key, inner] of Object.entries(value)) {
      if (key === "where") continue;
      if (key === "id" && typeof inner === "string") ids.push(inner);
      else if (key === "id" && typeof (inner as { set?: unknown } | null)?.set === "string") {
        ids.push((inner as { set: string }).set);
      } else collect(inner, depth + 1);
    }
  };
  collect(args, 0);
  return ids;
}

/** The ids every root field of an operation writes: for an error of the whole operation, such as a failed commit. */
export function idsInOperation(
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
): string[] {
  const fields = (set: SelectionSetNode | undefined): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) =>
      selection.kind === Kind.FIELD
        ? [selection]
        : selection.kind === Kind.INLINE_FRAGMENT
          ? fields(selection.selectionSet)
          : [],
    );
  return fields(operation?.selectionSet).flatMap((field) =>
    idsInArguments(
      Object.fromEntries(
        (field.arguments ?? []).map((argument) => [
          argument.name.value,
          valueFromASTUntyped(argument.value, variables ?? {}),
        ]),
      ),
    ),
  );
}
