import type { TypedDocumentString } from "../generated/graphql";

/** The service cannot be reached, or answers that it is not ready: the "API-down" state. */
export class ApiDownError extends Error {
  override name = "ApiDownError";
}

/** The API answered that an id or county it was asked about does not exist. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

interface GraphqlBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs a typed operation against the service's public GraphQL endpoint (same origin). */
export async function execute<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (error) {
    throw new ApiDownError(error instanceof Error ? error.message : String(error));
  }
  if (response.status >= 502 && response.status <= 504) throw new ApiDownError(`HTTP ${response.status}`);
  let body: GraphqlBody<R>;
  try {
    body = (await response.json()) as GraphqlBody<R>;
  } catch {
    throw new ApiDownError(`HTTP ${response.status}: the answer is not JSON`);
  }
  const errors = body.errors ?? [];
  if (errors.some((e) => e.extensions?.code === "NOT_FOUND")) throw new NotFoundError(errors[0]?.message ?? "");
  if (errors.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE"))
    throw new ApiDownError(errors[0]?.message ?? "");
  if (errors.length > 0 || !body.data)
    throw new Error(errors.map((e) => e.message).join("\n") || `HTTP ${response.status}`);
  return body.data;
}
