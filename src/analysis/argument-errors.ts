import { GraphQLError } from "graphql";

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${message} (argument ${argument})`, { extensions: { code: "BAD_USER_INPUT", argument } });
}

type Missing = (value: unknown) => string;

const noId =
  (kind: string): Missing =>
  (id) =>
    `No ${kind} has the id "${id}"`;

/** What each argument names in the graph, said as the graph not having it. */
const MISSING = {
  network: noId("network"),
  initiative: noId("initiative"),
  institution: noId("institution"),
  person: noId("person"),
  scheme: noId("scheme"),
  county: (name: unknown) => `No network is in the county "${name}"`,
} satisfies Record<string, Missing>;

type Named = keyof typeof MISSING;

/**
 * An argument names something the graph does not have: a clear NOT_FOUND error, not
 * an empty answer. `found` tells for each argument, in the order they are checked,
 * whether the query found what it names; the first one not found is the error.
 * `missing` words an argument that names something else than MISSING says.
 */
export function requireFound<Args extends object>(
  args: Args,
  found: Partial<Record<keyof Args & Named, boolean>>,
  missing: Partial<Record<Named, Missing>> = {},
): void {
  const argument = (Object.keys(found) as (keyof Args & Named)[]).find((name) => found[name] === false);
  if (argument === undefined) return;
  const message = (missing[argument] ?? MISSING[argument])(args[argument]);
  throw new GraphQLError(`${message} (argument ${argument})`, { extensions: { code: "NOT_FOUND", argument } });
}
