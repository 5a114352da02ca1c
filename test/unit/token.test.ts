import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { createTokenVerifier } from "../../src/graphql/auth.js";
import { startProgram } from "../../src/process/program.js";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256";

async function run(env: Record<string, string>, args: string[]) {
  const program = startProgram(env, ["scripts/token.ts", ...args]);
  const { code } = await program.exited;
  return { code, output: program.output() };
}

describe("npm run token", () => {
  it("prints an editor token for the configured secret that the service accepts, valid for the asked time", async () => {
    const { code, output } = await run({ JWT_SECRET: SECRET }, ["--role", "editor", "--ttl", "8h"]);
    expect(code).toBe(0);
    const token = output.trim();
    const claims = await createTokenVerifier(loadConfig({ JWT_SECRET: SECRET }).graphql.auth)(`Bearer ${token}`);
    expect(claims?.roles).toEqual(["editor"]);
    const { iat, exp } = decodeJwt(token);
    expect((exp ?? 0) - (iat ?? 0)).toBe(8 * 3600);
  });

  it("says how to set a secret when none is configured", async () => {
    const { code, output } = await run({}, ["--role", "editor"]);
    expect(code).toBe(1);
    expect(output).toContain("JWT_SECRET is not set");
    expect(output).toContain("export JWT_SECRET=");
  });

  it("refuses a token longer-lived than JWT_MAX_AGE, which the service would refuse", async () => {
    const { code, output } = await run({ JWT_SECRET: SECRET, JWT_MAX_AGE: "12h" }, ["--ttl", "2d"]);
    expect(code).toBe(1);
    expect(output).toContain("--ttl 2d is longer than the service accepts: JWT_MAX_AGE allows at most 12 h");
  });

  it("refuses a duration it cannot read", async () => {
    const { code, output } = await run({ JWT_SECRET: SECRET }, ["--ttl", "forever"]);
    expect(code).toBe(1);
    expect(output).toContain('--ttl "forever": expected a duration such as 30m, 8h or 1d');
  });
});
