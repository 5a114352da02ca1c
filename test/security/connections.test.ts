// What stays open: half-sent requests (slowloris) are cut off, connections beyond
// LIMIT_CONNECTIONS are refused, and so are those of one address beyond
// LIMIT_CONNECTIONS_PER_ADDRESS, so that none of these can hold the server. Raw sockets on
// loopback only (127.0.0.2 is another client); every loop is bounded.
import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { useHttpService } from "../support/http.js";

useSeededGraph();
const LIMIT = 40;
const HEADERS_MS = 1_000;
const RECEIVE_MS = 2_000;
const PER_ADDRESS = 10;
const settings = {
  LIMIT_CONNECTIONS: String(LIMIT),
  HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_MS),
  HTTP_RECEIVE_TIMEOUT_MS: String(RECEIVE_MS),
};
// As behind a reverse proxy, where every connection comes from the proxy's address (docs/security.md).
const api = useHttpService({ ...settings, LIMIT_CONNECTIONS_PER_ADDRESS: String(LIMIT) });
const capped = useHttpService({ ...settings, LIMIT_CONNECTIONS_PER_ADDRESS: String(PER_ADDRESS) });

const QUERY = JSON.stringify({ query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' });

interface OpenSocket {
  socket: net.Socket;
  /** What the server sent, and when it closed the connection (ms after opening), once it has. */
  closed: Promise<{ received: string; ms: number }>;
}

const opened: net.Socket[] = [];
afterEach(() => {
  for (const socket of opened.splice(0)) socket.destroy();
});

/** Opens a raw connection to the service, from `from`, and sends `start`; the rest is up to the test. */
function open(start: string, service = api, from = "127.0.0.1"): Promise<OpenSocket> {
  const { port } = new URL(service.url());
  return new Promise((resolve, reject) => {
    const began = Date.now();
    let received = "";
    const socket = net.connect({ host: "127.0.0.1", port: Number(port), localAddress: from });
    opened.push(socket);
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
    });
    const closed = new Promise<{ received: string; ms: number }>((done) => {
      socket.on("close", () => done({ received, ms: Date.now() - began }));
    });
    socket.on("error", () => undefined);
    socket.once("connect", () => {
      if (start) socket.write(start);
      resolve({ socket, closed });
    });
    socket.once("error", reject);
  });
}

/** One whole request on a connection of its own (no keep-alive), as a new client would send it. */
function normalRequest(service = api, from = "127.0.0.1"): Promise<{ status: number; body: string }> {
  const { port } = new URL(service.url());
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: Number(port),
        localAddress: from,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          connection: "close",
          "content-length": Buffer.byteLength(QUERY),
        },
        timeout: 10_000,
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => {
          body += chunk.toString("utf8");
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer within 10 s")));
    request.on("error", reject);
    request.end(QUERY);
  });
}

const ANSWER = { status: 200, body: `${JSON.stringify({ data: { schemes: [{ name: "Rekom" }] } })}\n` };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("half-sent requests", () => {
  it("are cut off with 408 after the header or request timeout, and meanwhile others are answered", async () => {
    const slowHeaders: OpenSocket[] = [];
    const endlessBodies: OpenSocket[] = [];
    for (let i = 0; i < 15; i++) {
      // Headers that never end: one more header line now and then.
      slowHeaders.push(await open(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-${i}: a\r\n`));
      // Complete headers, then a body that never completes.
      endlessBodies.push(
        await open(
          `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{"query":`,
        ),
      );
    }
    const trickle = setInterval(() => {
      for (const { socket } of slowHeaders) if (!socket.destroyed) socket.write("X-More: b\r\n");
    }, 200);
    try {
      // The server is not held: a normal request is answered at once.
      expect(await normalRequest()).toEqual(ANSWER);

      const [headers, bodies] = await Promise.all([
        Promise.all(slowHeaders.map((s) => s.closed)),
        Promise.all(endlessBodies.map((s) => s.closed)),
      ]);
      // Node checks once a second (connectionsCheckingInterval); allow that and some slack.
      for (const { received, ms } of headers) {
        expect(received).toMatch(/^HTTP\/1\.1 408 /);
        expect(ms).toBeLessThan(HEADERS_MS + 3_000);
      }
      for (const { received, ms } of bodies) {
        expect(received).toMatch(/^HTTP\/1\.1 408 /);
        expect(ms).toBeGreaterThanOrEqual(RECEIVE_MS - 100);
        expect(ms).toBeLessThan(RECEIVE_MS + 3_000);
      }
    } finally {
      clearInterval(trickle);
    }
    expect(await normalRequest()).toEqual(ANSWER);
  }, 30_000);
});

describe("more connections than LIMIT_CONNECTIONS", () => {
  it("refuses those beyond the limit at once, and serves again once connections close", async () => {
    // Connections that send nothing: they count, until the header timeout closes them.
    const idle: OpenSocket[] = [];
    for (let i = 0; i < LIMIT; i++) idle.push(await open(""));
    await sleep(100);
    const refused = await open("");
    const { received, ms } = await refused.closed;
    expect(received).toBe("");
    expect(ms).toBeLessThan(1_000);
    await expect(normalRequest()).rejects.toThrow();

    // The silent connections are closed by the header timeout; then the server serves again.
    const closedAfter = await Promise.all(idle.map((s) => s.closed));
    for (const closed of closedAfter) expect(closed.ms).toBeLessThan(HEADERS_MS + 3_000);
    await sleep(100);
    expect(await normalRequest()).toEqual(ANSWER);
  }, 30_000);
});

describe("more connections from one address than LIMIT_CONNECTIONS_PER_ADDRESS", () => {
  it("refuses that address's extra ones at once, while another address is served", async () => {
    // One client opens every connection the server keeps, and sends nothing on them.
    const held: OpenSocket[] = [];
    for (let i = 0; i < LIMIT; i++) held.push(await open("", capped));
    await sleep(100);
    const closedAtOnce = held.slice(PER_ADDRESS);
    for (const { closed } of closedAtOnce) {
      const { received, ms } = await closed;
      expect(received).toBe("");
      expect(ms).toBeLessThan(1_000);
    }
    // Its own next request is refused too; another client's is answered.
    await expect(normalRequest(capped)).rejects.toThrow();
    expect(await normalRequest(capped, "127.0.0.2")).toEqual(ANSWER);

    // Once the header timeout has closed the first ones, the address is served again.
    for (const { closed } of held.slice(0, PER_ADDRESS)) expect((await closed).ms).toBeLessThan(HEADERS_MS + 3_000);
    await sleep(100);
    expect(await normalRequest(capped)).toEqual(ANSWER);
  }, 30_000);
});
