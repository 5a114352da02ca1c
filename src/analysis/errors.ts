import { GraphQLError } from "graphql";

/** An argument names something the graph does not have: a clear error, not an empty answer. */
export function notFound(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${message} (argument ${argument})`, { extensions: { code: "NOT_FOUND", argument } });
}

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${message} (argument ${argument})`, { extensions: { code: "BAD_USER_INPUT", argument } });
}

/** Throws NOT_FOUND for the first argument whose value the query could not find. */
export function requireFound(checks: [argument: string, found: boolean, message: string][]): void {
  const missing = checks.find(([, found]) => !found);
  if (missing) throw notFound(missing[0], missing[2]);
}
