import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Limits } from "../../config/index.js";

/** graphql-armor's bounds on depth, aliases and directives; its field suggestions off in production. */
export function armor(limits: Limits, production: boolean) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.depth },
    // Replaced by costLimit (cost.ts), which sees variables and lists that name no page.
    costLimit: { enabled: false },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: 50 },
    // Its Apollo plugin turns syntax errors into HTTP 500; LIMIT_BODY_BYTES bounds the tokens instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same at runtime.
  return { plugins: plugins as unknown as ApolloServerPlugin<BaseContext>[], validationRules };
}
