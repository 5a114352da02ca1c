import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { isSlug, SLUG_RULE, shown } from "../text/ids.js";
import { describeSecrets, findSecrets } from "../text/secrets.js";

/** One thing wrong with what a mutation would write, and where in its arguments. */
export interface InputProblem {
  /** The argument path, e.g. input[0].forums.create[1].node.id */
  field: string;
  message: string;
}

/**
 * The longest text, and id, one field of a mutation may hold, in characters. Checked before
 * any other rule, so that no filter ever reads more; well above the seed data's longest
 * (a data-quality note of 471 characters; ids of 57).
 */
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_ID_LENGTH = 200;
/** A data-quality note's id names the record it is about ("Meeting:<its id>:1"). */
const MAX_NOTE_ID_LENGTH = MAX_ID_LENGTH + 100;

/** What walking a mutation's arguments found. */
export interface WriteInputs {
  problems: InputProblem[];
  /** The node types the mutation creates or updates, anywhere in its input (Meeting, Deadline, …). */
  written: Set<string>;
}

/**
 * Filters, sorts and aggregations select what to change; they write nothing. The
 * library names them consistently: FooWhere, FooConnectWhere, FooRelationshipFilters,
 * FooNodeAggregationWhereInput, FooConnectionAggregateInput, FooSort, …
 */
const SELECTS = /(?:Where|Filters|WhereInput|AggregateInput|Sort)$/;
const RECORD_INPUT = /^(.+?)(?:CreateInput|UpdateInput)$/;

/**
 * DataQualityNote ids name the record they are about ("Meeting:tsv-pp-2024-25-…:1",
 * or a support "person → network (institution)"), so they are not slugs; they are one
 * line of printable text.
 */
const FREE_ID_RECORDS = new Set(["DataQualityNote"]);
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function idProblem(value: string, record: string | undefined): string | undefined {
  if (record && FREE_ID_RECORDS.has(record)) {
    if (NOT_ONE_LINE.test(value) || value.trim() === "") {
      return `${shown(value)} is not an id: expected one line of printable text`;
    }
    return undefined;
  }
  return isSlug(value) ? undefined : `${shown(value)} is not an id: expected ${SLUG_RULE}, such as tsv-pp-2024-25`;
}

function walk(
  type: GraphQLInputType,
  value: unknown,
  path: string,
  record: string | undefined,
  found: WriteInputs,
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walk(type.ofType, value, path, record, found);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(type.ofType, item, `${path}[${i}]`, record, found));
    else walk(type.ofType, value, path, record, found);
    return;
  }
  if (isInputObjectType(type)) {
    if (SELECTS.test(type.name) || typeof value !== "object") return;
    const own = RECORD_INPUT.exec(type.name)?.[1];
    if (own) found.written.add(own);
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (!field || name === "where") continue;
      walk(field.type, item, `${path}.${name}`, own ?? record, found);
    }
    return;
  }
  if (!isScalarType(type) || typeof value !== "string") return;
  const isId = type.name === "ID";
  const limit = !isId ? MAX_TEXT_LENGTH : record && FREE_ID_RECORDS.has(record) ? MAX_NOTE_ID_LENGTH : MAX_ID_LENGTH;
  if (value.length > limit) {
    const what = isId ? "an id" : "a text";
    return void found.problems.push({
      field: path,
      message: `${value.length} characters, more than the ${limit} ${what} may hold`,
    });
  }
  if (isId) {
    const problem = idProblem(value, record);
    if (problem) return void found.problems.push({ field: path, message: problem });
  }
  const secrets = findSecrets(value);
  if (secrets.length > 0) {
    found.problems.push({
      field: path,
      message: `passcodes and meeting links are never stored, and this holds ${describeSecrets(secrets)}`,
    });
  }
}

/**
 * Walks a mutation's coerced arguments along their input types, so that every create and
 * update input is seen wherever it nests (nested creates, updates of related nodes, edge
 * properties): every text and id must be within its length, every id a slug, and no text
 * may hold a passcode, meeting ID or link.
 */
export function checkWriteInputs(args: readonly GraphQLArgument[], values: Record<string, unknown>): WriteInputs {
  const found: WriteInputs = { problems: [], written: new Set() };
  for (const arg of args) {
    if (arg.name === "where") continue;
    walk(arg.type, values[arg.name], arg.name, undefined, found);
  }
  return found;
}

/** The input object types the walk descends into from the schema's mutations: what it treats as written. */
export function writtenInputTypes(schema: GraphQLSchema): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || SELECTS.test(named.name) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const field of Object.values(named.getFields())) if (field.name !== "where") visit(field.type);
  };
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    for (const arg of field.args) if (arg.name !== "where") visit(arg.type);
  }
  return seen;
}
