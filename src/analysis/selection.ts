import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/** The fields a selection set asks for, through its fragments. @include and @skip are not read: a field under them counts as asked. */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info);
    return fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  });
}

/** The fields asked of the answer at a path below the resolved field, e.g. ["meetings"] for its meetings' fields. */
export function askedFields(info: GraphQLResolveInfo, path: string[] = []): string[] {
  let fields = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info));
  for (const name of path) {
    fields = fields.filter((f) => f.name.value === name).flatMap((f) => fieldsOf(f.selectionSet, info));
  }
  return fields.map((f) => f.name.value);
}
