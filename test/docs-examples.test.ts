import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/config/index.js";
import { useSeededGraph } from "./support/api.js";

const api = useSeededGraph();

/** Every ```graphql block of a documentation page, with the heading comment as its name. */
function examplesIn(file: string): [string, string][] {
  const text = readFileSync(path.join(projectRoot, file), "utf8");
  const blocks = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  return blocks.flatMap((block) =>
    block
      .split(/\n(?=# )/)
      .map((part) => part.trim())
      .filter((part) => part.replace(/^#.*$/gm, "").trim().length > 0)
      .map((part): [string, string] => [`${file}: ${part.split("\n")[0]}`, part]),
  );
}

describe("the example queries in the documentation", () => {
  const examples = [...examplesIn("README.md"), ...examplesIn("docs/model.md")];

  it("are there", () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples)("%s runs without errors and finds data", async (_name, query) => {
    const data = await api.query(query);
    expect(JSON.stringify(data)).not.toMatch(/^\{("\w+":\[\],?)+\}$/);
  });
});
