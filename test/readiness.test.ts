// /readyz says ready only once the API answers queries, not while the first seeding runs.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { emptyGraph, testDriver, testTarget } from "./support/database.js";
import { startProgram } from "../src/process/program.js";

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

describe("GET /readyz during the first start", () => {
  it("answers 503 while the empty graph is being seeded, and 200 once GraphQL answers", async () => {
    const driver = testDriver();
    await emptyGraph(driver);
    await driver.close();
    const { uri, password } = testTarget();
    const port = await freePort();
    const service = startProgram({ NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port) });
    const readyz = async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status;
    try {
      await service.waitFor(/loading the seed data/, 60_000);
      expect(await readyz()).toBe(503);
      await service.waitFor(/serving GraphQL at/, 120_000);
      expect(await readyz()).toBe(200);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' }),
      });
      expect(await answer.json()).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
    } finally {
      service.child.kill("SIGTERM");
      await service.exited;
    }
  }, 180_000);
});
