// The GraphQL over HTTP audits of the graphql-http package, run against the server.
import { readFileSync } from "node:fs";
import path from "node:path";
import { serverAudits } from "graphql-http";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/index.js";
import { useSeededGraph } from "../support/api.js";
import { useHttpService } from "../support/http.js";

useSeededGraph();
const api = useHttpService();

/** The SHOULD audits docs/protocol.md lists as failing, with the reason. */
function documentedShouldFailures(): string[] {
  const page = readFileSync(path.join(projectRoot, "docs", "protocol.md"), "utf8");
  return [...page.matchAll(/^\| `([0-9A-F]{4})` \|/gm)].map((m) => m[1] ?? "");
}

describe("GraphQL over HTTP conformance (graphql-http audits)", () => {
  const audits = serverAudits({ url: () => api.url(), fetchFn: fetch });

  it.each(audits.filter((a) => a.name.startsWith("MUST")).map((a) => [a.id, a.name, a] as const))(
    "%s %s",
    async (_id, _name, audit) => {
      const result = await audit.fn();
      expect(result.status === "ok" ? "ok" : `${result.status}: ${result.reason}`).toBe("ok");
    },
  );

  it("fails no SHOULD audit that docs/protocol.md does not list with its reason", async () => {
    const failing: string[] = [];
    for (const audit of audits.filter((a) => a.name.startsWith("SHOULD"))) {
      if ((await audit.fn()).status !== "ok") failing.push(audit.id);
    }
    expect(failing.sort()).toEqual(documentedShouldFailures().sort());
  });
});
