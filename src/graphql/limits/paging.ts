import { type GraphQLCompositeType, GraphQLError, type GraphQLField, isObjectType } from "graphql";
import type { Limits } from "../../config/index.js";

type Pages = Pick<Limits, "defaultPage" | "pageSize">;

/** How a field pages: a list by limit and offset, a connection (the library's, or an analysis's) by first and after. */
export function pagingOf(field: GraphQLField<unknown, unknown>): "list" | "connection" | undefined {
  const names = new Set(field.args.map((arg) => arg.name));
  if (names.has("limit") && names.has("offset")) return "list";
  if (names.has("first") && names.has("after")) return "connection";
  return undefined;
}

/** An argument the client must change: BAD_USER_INPUT, before anything is run. */
function badArgument(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

const CURSOR = /^arrayconnection:(0|[1-9][0-9]{0,14})$/;

/** A cursor as the library writes it: base64 of "arrayconnection:<offset>", nothing else. */
function isCursor(after: string): boolean {
  const text = Buffer.from(after, "base64").toString("utf8");
  return CURSOR.test(text) && Buffer.from(text, "utf8").toString("base64") === after;
}

/** The library's connections have edges; an analysis that pages by first and after checks its own cursors. */
export const isLibraryConnection = (type: GraphQLCompositeType) => isObjectType(type) && "edges" in type.getFields();

/**
 * Pages of less than one item, negative offsets and cursors the service did not write
 * are the client's mistakes. A page of 0 is one too: the library reads limit: 0 and
 * first: 0 as no limit at all, past the page size.
 */
export function checkPaging(field: string, args: Record<string, unknown>, libraryCursor: boolean): void {
  for (const [name, least, hint] of [
    ["limit", 1, ""],
    ["first", 1, "; for a count alone, ask for totalCount without edges"],
    ["offset", 0, ""],
  ] as const) {
    const value = args[name];
    if (typeof value === "number" && value < least) {
      throw badArgument(`${field}(${name}: ${value}): ${name} must be ${least} or more${hint}`);
    }
  }
  const after = args.after;
  if (libraryCursor && typeof after === "string" && !isCursor(after)) {
    throw badArgument(
      `${field}(after: ${JSON.stringify(after.slice(0, 40))}${after.length > 40 ? "…" : ""}): not a cursor of this connection: ` +
        "pass the endCursor (or an edge's cursor) of an earlier page, or leave after out",
    );
  }
}

/** At most one object where the filter names one id, or as many as it lists: ids are unique. */
function idBound(where: unknown): number {
  const id = (where as { id?: { eq?: unknown; in?: unknown } } | null | undefined)?.id;
  if (id?.eq !== undefined && id.eq !== null) return 1;
  if (Array.isArray(id?.in)) return id.in.length;
  return Infinity;
}

/** The page a list or connection returns: the limit or first asked for, or the default, at most the page size. */
export function pageOf(requested: unknown, where: unknown, pages: Pages): number {
  const asked = typeof requested === "number" ? requested : pages.defaultPage;
  return Math.min(asked, pages.pageSize, idBound(where));
}
