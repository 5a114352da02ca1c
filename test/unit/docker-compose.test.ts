import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadConfig, projectRoot } from "../../src/config/index.js";

interface Service {
  image?: string;
  build?: string;
  environment: Record<string, string>;
  ports: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = YAML.parse(readFileSync(path.join(projectRoot, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const {
  neo4j,
  api,
  "api-dev": apiDev,
} = compose.services as { neo4j: Service; api: Service; "api-dev": Service & { profiles: string[] } };
const dockerfile = readFileSync(path.join(projectRoot, "Dockerfile"), "utf8");

/** Compose's ${NAME:-default} with nothing set in the environment. */
const withDefaults = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1");

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 LTS Community with its data in a named volume", () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    const [volume, mountPoint] = (neo4j.volumes?.[0] ?? "").split(":");
    expect(mountPoint).toBe("/data");
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j.healthcheck?.test.join(" ")).toContain("cypher-shell");
  });

  it("builds the API from the Dockerfile and starts it only once Neo4j is healthy", () => {
    expect(api.build).toBe(".");
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(api.depends_on?.neo4j?.condition).toBe("service_healthy");
  });

  it("points the API at the neo4j service with the password Neo4j was given", () => {
    const environment = Object.fromEntries(
      Object.entries(api.environment).map(([k, v]) => [k, withDefaults(String(v))]),
    );
    const config = loadConfig(environment);
    const uri = new URL(config.neo4j.uri ?? "");
    expect(uri.hostname).toBe("neo4j");
    expect(neo4j.ports.map((p) => p.split(":").at(-1))).toContain(uri.port);
    expect(`${config.neo4j.username}/${config.neo4j.password}`).toBe(withDefaults(neo4j.environment.NEO4J_AUTH ?? ""));
    expect(api.ports.map((p) => p.split(":").at(-1))).toContain(String(config.http.port));
    expect(config.http.host).toBe("0.0.0.0");
  });

  it("has a development profile with introspection and the IDE on, beside the production API", () => {
    expect(apiDev.profiles).toEqual(["dev"]);
    const config = loadConfig(
      Object.fromEntries(Object.entries(apiDev.environment).map(([k, v]) => [k, withDefaults(String(v))])),
    );
    expect(config.graphql).toMatchObject({ production: false, introspection: true, landingPage: true });
    expect(config.neo4j.uri).toBe("bolt://neo4j:7687");
    expect(apiDev.ports).toEqual(["127.0.0.1:4001:4000"]);
  });
});

describe("Dockerfile", () => {
  it("runs built JavaScript on the current Node LTS as a non-root user, healthy once /readyz answers", () => {
    expect(dockerfile).toMatch(/^FROM node:24-slim$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/readyz/m);
    expect(dockerfile).toMatch(/^ENV NODE_ENV=production/m);
  });
});
