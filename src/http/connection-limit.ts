import type { Server } from "node:http";
import net from "node:net";

/**
 * Whose connection it is, for the per-address cap: an IPv4 address as it is (also when it
 * comes mapped into IPv6), an IPv6 address by its /64, which one client holds whole.
 */
export function clientKey(address: string): string {
  const plain = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (!net.isIPv6(plain)) return plain;
  const [head = "", tail] = plain.toLowerCase().split("::");
  const groups = (part: string | undefined) =>
    (part ? part.split(":") : []).flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
  const front = groups(head);
  const back = groups(tail);
  const full = tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill("0"), ...back];
  return `${full
    .slice(0, 4)
    .map((group: string) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * At most `max` connections open from one client at a time (LIMIT_CONNECTIONS_PER_ADDRESS):
 * one more is closed as soon as it opens, so that one address cannot take every connection
 * the server keeps (LIMIT_CONNECTIONS) with requests it never finishes sending.
 */
export function limitConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on("connection", (socket: net.Socket) => {
    const key = clientKey(socket.remoteAddress ?? "");
    const count = open.get(key) ?? 0;
    if (count >= max) {
      socket.destroy();
      return;
    }
    open.set(key, count + 1);
    socket.once("close", () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}
