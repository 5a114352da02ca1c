// What one request may ask of the service, bounded before anything runs: graphql-armor's
// rules (armor.ts), ours (validation-rules.ts), and the cost of the answer with its paging
// and relationship filters (cost.ts), which sees the variables.
import type { Limits } from "../../config/index.js";
import { armor } from "./armor.js";
import { costLimit } from "./cost.js";
import { inputDepthLimit, rootFieldLimit } from "./validation-rules.js";

export { jsonDepth } from "./validation-rules.js";

/** The validation rules and plugins that bound what one request may ask of the service. */
export function requestLimits(limits: Limits, production: boolean) {
  const armored = armor(limits, production);
  return {
    plugins: [...armored.plugins, costLimit(limits)],
    validationRules: [
      ...armored.validationRules,
      rootFieldLimit(limits.rootFields),
      inputDepthLimit(limits.inputDepth),
    ],
  };
}
