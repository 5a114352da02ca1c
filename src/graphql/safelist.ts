import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { type DocumentNode, GraphQLError, Kind, parse, print } from "graphql";
import { projectRoot } from "../config/index.js";

/** Where the registered operations are: the documented ones, and the dashboard's own. */
export const REGISTERED_OPERATION_DIRS = [
  path.join(projectRoot, "docs", "operations"),
  path.join(projectRoot, "web", "src"),
];

/**
 * The registered operations: every operation of the .graphql files in `dirs`, each
 * printed on its own (with the fragments it uses) and keyed by the SHA-256 of that
 * text, which is what a persisted-query client sends.
 */
export function registeredOperations(dirs: string[] = REGISTERED_OPERATION_DIRS): Map<string, string> {
  const operations = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".graphql"))
      .sort()) {
      const document = parse(readFileSync(path.join(dir, file), "utf8"));
      const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      for (const operation of document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        const text = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } satisfies DocumentNode);
        operations.set(sha256(text), text);
      }
    }
  }
  return operations;
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Apollo's persisted-query cache, read-only: it knows the registered operations and learns no others. */
export function safelistCache(operations: Map<string, string>): KeyValueCache<string> {
  // Apollo prefixes the persisted-query keys it asks for.
  const hashOf = (key: string) => key.replace(/^apq:/, "");
  return {
    get: async (key) => operations.get(hashOf(key)),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/**
 * Safelist mode (GRAPHQL_SAFELIST): only registered operations run, sent as their hash
 * (automatic persisted queries) or as their text; anything else is refused before it runs.
 */
export function safelist(operations: Map<string, string>): ApolloServerPlugin<BaseContext> {
  // Each operation and fragment on its own, so that a client may send the fragments in any order.
  const definitions = new Set([...operations.values()].flatMap((text) => parse(text).definitions.map((d) => print(d))));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (document.definitions.every((d) => definitions.has(print(d)))) return;
          throw new GraphQLError(
            "This server runs only registered operations (GRAPHQL_SAFELIST is on), and this one is not registered: " +
              "send one of the documented operations, or ask for yours to be added",
            { extensions: { code: "OPERATION_NOT_REGISTERED", http: { status: 400 } } },
          );
        },
      };
    },
  };
}
