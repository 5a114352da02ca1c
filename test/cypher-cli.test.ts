import { describe, expect, it } from "vitest";
import { useSeededGraph } from "./support/api.js";
import { testTarget } from "./support/database.js";
import { startProgram } from "../src/process/program.js";

useSeededGraph();

describe("npm run cypher", () => {
  it("runs a statement against NEO4J_URI and prints its rows", async () => {
    const { uri, password } = testTarget();
    const program = startProgram({ NEO4J_URI: uri, NEO4J_PASSWORD: password }, [
      "scripts/cypher.ts",
      "MATCH (s:Scheme) RETURN s.name AS scheme ORDER BY scheme",
    ]);
    expect((await program.exited).code).toBe(0);
    const output = program.output();
    // The three grant schemes of the documents.
    expect(output).toMatch(/Dekom[\s\S]*Kompetanseløftet[\s\S]*Rekom/);
    expect(output).toContain("3 rows");
  });

  it("names the problem when a statement is not valid Cypher", async () => {
    const { uri, password } = testTarget();
    const program = startProgram({ NEO4J_URI: uri, NEO4J_PASSWORD: password }, [
      "scripts/cypher.ts",
      "MATCH (s:Scheme RETURN s",
    ]);
    expect((await program.exited).code).toBe(1);
    expect(program.output()).toMatch(/Invalid input/);
  });
});
