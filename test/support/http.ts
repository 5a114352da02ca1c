import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { type RunningService, startService } from "../../src/service.js";
import { testTarget } from "./database.js";

export interface GraphqlResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shapes vary per query; each test states its own
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface HttpApi {
  url(): string;
  post(body: unknown, headers?: Record<string, string>): Promise<GraphqlResponse>;
}

/** The whole service over HTTP on a free port, against the test Neo4j, with extra settings. */
export function useHttpService(environment: Record<string, string> = {}): HttpApi {
  let service: RunningService | undefined;
  beforeAll(async () => {
    const target = testTarget();
    const config = loadConfig({ PORT: "0", NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password, ...environment });
    service = await startService(config, () => undefined);
  });
  afterAll(async () => {
    await service?.close();
  });
  const url = () => {
    if (!service) throw new Error("useHttpService: used outside a test");
    return service.url;
  };
  return {
    url,
    async post(body, headers = {}) {
      const response = await fetch(url(), {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as GraphqlResponse["body"] };
    },
  };
}
