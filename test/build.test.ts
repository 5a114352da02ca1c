// What the Docker image runs: the service built to JavaScript, started without tsx.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/config/index.js";
import { useSeededGraph } from "./support/api.js";
import { testTarget } from "./support/database.js";
import { startProgram } from "../src/process/program.js";

useSeededGraph();

describe("npm run build", () => {
  it("builds JavaScript that serves the API with plain node", async () => {
    await promisify(execFile)("npm", ["run", "build"], { cwd: projectRoot });
    const { uri, password } = testTarget();
    const service = startProgram({ NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: "0" }, ["dist/main.js"]);
    try {
      const line = await service.waitFor(/serving GraphQL at/, 60_000);
      const url = line.slice(line.indexOf("http"));
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
    } finally {
      service.child.kill("SIGTERM");
      await service.exited;
    }
  }, 120_000);
});
