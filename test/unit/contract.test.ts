import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/index.js";
import { printContract } from "../../src/graphql/contract.js";

describe("the public GraphQL contract", () => {
  it("is the committed src/generated/schema.graphql (run `npm run codegen` after changing schema/)", async () => {
    const committed = readFileSync(path.join(projectRoot, "src", "generated", "schema.graphql"), "utf8");
    expect(await printContract()).toBe(committed);
  });
});
