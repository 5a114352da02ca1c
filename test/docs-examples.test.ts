import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/config/index.js";
import { useSeededGraph } from "./support/api.js";

const api = useSeededGraph();

/** Every ```graphql block of a documentation page, as a reader would paste it into the IDE. */
function blocksIn(file: string): string[] {
  const text = readFileSync(path.join(projectRoot, file), "utf8");
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

/** Each operation of each block, named, with the block it stands in. */
function examplesIn(file: string): [string, string, string][] {
  return blocksIn(file).flatMap((block) =>
    parse(block).definitions.flatMap((definition): [string, string, string][] =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? [[`${file}: ${definition.name?.value ?? "(anonymous)"}`, block, definition.name?.value ?? ""]]
        : [],
    ),
  );
}

const FILES = ["README.md", "docs/model.md"];

describe("the example queries in the documentation", () => {
  const examples = FILES.flatMap(examplesIn);

  it("are there", () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it("are named wherever a block holds more than one, so that a block pasted whole runs", () => {
    const unnamed = examples.filter(([, block, name]) => !name && examples.filter(([, b]) => b === block).length > 1);
    expect(unnamed.map(([where]) => where)).toEqual([]);
  });

  it.each(examples)("%s runs without errors and finds data", async (_name, block, operationName) => {
    const data = await api.query(block, undefined, operationName || undefined);
    expect(JSON.stringify(data)).not.toMatch(/^\{("\w+":\[\],?)+\}$/);
  });
});
