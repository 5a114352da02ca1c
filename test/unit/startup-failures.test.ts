import { describe, expect, it } from "vitest";
import { startProgram } from "../../src/process/program.js";

describe("npm start refuses to start, clearly and quickly", () => {
  it("exits 1 within 30 s when NEO4J_URI points at nothing, naming the URI and what to try", async () => {
    const main = startProgram({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_CONNECT_TIMEOUT: "5", PORT: "0" });
    const { code, ms } = await main.exited;
    expect(code).toBe(1);
    expect(ms).toBeLessThan(30_000);
    expect(main.output()).toContain("Neo4j at bolt://127.0.0.1:1 did not answer within 5 s");
    expect(main.output()).toContain("Check that Neo4j runs and that NEO4J_URI is right");
  });

  it("keeps to 30 s with the default connect timeout", async () => {
    const main = startProgram({ NEO4J_URI: "bolt://127.0.0.1:1", PORT: "0" });
    const { code, ms } = await main.exited;
    expect(code).toBe(1);
    expect(ms).toBeLessThan(30_000);
  });

  it("exits 1 with one line when a setting is invalid", async () => {
    const main = startProgram({ PORT: "http" });
    const { code } = await main.exited;
    expect(code).toBe(1);
    expect(main.output().trim()).toBe(
      'Invalid configuration: PORT="http": expected a whole number between 0 and 65535',
    );
  });
});
