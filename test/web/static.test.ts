// The service serves the built dashboard at / beside /graphql: page routes get index.html
// (revalidated on each visit, loading nothing from elsewhere), hashed assets are cached for a
// year, and GET /graphql still answers the IDE (GraphiQL, from the same build).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/index.js";
import { buildDashboardIfStale } from "../support/browser.js";
import { useHttpService } from "../support/http.js";

const service = useHttpService();
const base = () => service.url().replace(/\/graphql$/, "");
beforeAll(buildDashboardIfStale);

describe("the dashboard over HTTP", () => {
  it.each(["/", "/partnerskap", "/dekningskart?ordning=rekom", "/nettverk/fosen", "/arshjul"])(
    "serves index.html at %s",
    async (page) => {
      const response = await fetch(base() + page, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(await response.text()).toContain("<title>Kompetansekart</title>");
    },
  );

  it("caches hashed assets for a year, and answers a missing one with 404", async () => {
    const asset = readdirSync(path.join(projectRoot, "web", "dist", "assets")).find((f) => f.endsWith(".js"));
    const response = await fetch(`${base()}/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${base()}/assets/missing-0000.js`)).status).toBe(404);
  });

  it("sends the scripts gzipped to a browser that accepts it, and GraphQL answers as they are", async () => {
    const dist = path.join(projectRoot, "web", "dist", "assets");
    const asset = readdirSync(dist)
      .filter((f) => f.endsWith(".js"))
      .sort((a, b) => statSync(path.join(dist, b)).size - statSync(path.join(dist, a)).size)[0];
    const gzip = { "accept-encoding": "gzip" };
    const script = await fetch(`${base()}/assets/${asset}`, { headers: gzip });
    expect(script.headers.get("content-encoding")).toBe("gzip");
    // fetch unpacks it: the script arrives whole.
    expect((await script.arrayBuffer()).byteLength).toBe(statSync(path.join(dist, String(asset))).size);
    const answer = await fetch(service.url(), {
      method: "POST",
      headers: { ...gzip, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ fragileNetworks { network { name } reasons } }" }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-encoding")).toBeNull();
  });

  it("leaves other paths alone: GET /graphql is still the IDE, an unknown path is 404", async () => {
    const ide = await fetch(service.url(), { headers: { accept: "text/html" } });
    expect(ide.status).toBe(200);
    expect(ide.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await ide.text()).toContain("<title>GraphiQL · kompetansegraf</title>");
    expect((await fetch(`${base()}/finnes/ikke`, { headers: { accept: "text/html" } })).status).toBe(404);
  });
});
