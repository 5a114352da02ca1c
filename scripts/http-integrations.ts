// `npx tsx scripts/http-integrations.ts [--requests 2000]`: what the HTTP layer costs for
// `{ __typename }` (no database), measured side by side, one call of each in turn, against
// servers in a child process: the service's Express app (src/http/app.ts, with its
// limits, CORS, deadline and routes), Apollo's standalone node:http server with the same
// Apollo server, and a bare node:http server that answers the same bytes without GraphQL
// (the floor: loopback, HTTP parsing and the client). Prints p50 / p95 / p99 ms.
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startStandaloneServer } from "@apollo/server/standalone";
import neo4j from "neo4j-driver";
import { measureSideBySide } from "../src/bench/measure.js";
import { loadConfig } from "../src/config/index.js";
import { createApolloServer } from "../src/graphql/apollo.js";
import { contextFor } from "../src/graphql/context.js";
import { createHttpApp } from "../src/http/app.js";
import { listen } from "../src/http/server.js";
import { buildSchema } from "../src/graphql/schema.js";

const { values } = parseArgs({
  options: { serve: { type: "boolean", default: false }, requests: { type: "string", default: "2000" } },
});
const ANSWER = JSON.stringify({ data: { __typename: "Query" } });

if (values.serve) {
  const config = loadConfig({ NODE_ENV: "production", ...process.env });
  const schema = await buildSchema(config.graphql);
  // Never connected: `{ __typename }` reads no data.
  const driver = neo4j.driver("bolt://127.0.0.1:1");
  const db = { driver, database: "neo4j", transactionTimeoutMs: 1000 };

  const app = createHttpApp(config.http, async () => true);
  const port = await listen(app.server, "127.0.0.1", 0);
  const apollo = createApolloServer(schema, config.graphql, app.server);
  await apollo.start();
  app.serve(apollo, config.graphql, db, config);

  const standalone = createApolloServer(schema, config.graphql);
  const { url } = await startStandaloneServer(standalone, {
    listen: { host: "127.0.0.1", port: 0 },
    context: async () => contextFor(driver, "neo4j", 1000),
  });

  const bare = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(ANSWER));
  });
  bare.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));

  console.log(
    JSON.stringify({
      express: `http://127.0.0.1:${port}/graphql`,
      standalone: url,
      bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`,
    }),
  );
} else {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const urls = await new Promise<Record<string, string>>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(JSON.parse(chunk.toString()) as Record<string, string>));
    child.once("exit", (code) => reject(new Error(`The servers exited (${code})`)));
  });
  try {
    const body = JSON.stringify({ query: "{ __typename }" });
    const calls = Object.entries(urls).map(([name, url]) => ({
      name,
      call: async () => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
        const text = await response.text();
        if (text.trim() !== ANSWER) throw new Error(`${name}: ${response.status} ${text}`);
      },
    }));
    const results = await measureSideBySide(
      calls.map((c) => c.call),
      Number(values.requests),
    );
    for (const [n, { name }] of calls.entries()) {
      const m = results[n];
      console.log(`${name.padEnd(10)} p50 ${m?.p50Ms} / p95 ${m?.p95Ms} / p99 ${m?.p99Ms} ms, errors ${m?.errors}`);
    }
  } finally {
    child.kill("SIGINT");
  }
}
