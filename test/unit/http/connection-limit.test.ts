import { describe, expect, it } from "vitest";
import { clientKey } from "../../../src/http/connection-limit.js";

describe("the client an address counts as, for LIMIT_CONNECTIONS_PER_ADDRESS", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:10.0.0.7", "10.0.0.7"],
    ["::1", "0:0:0:0::/64"],
    ["2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["64:ff9b::192.0.2.1", "64:ff9b:0:0::/64"],
  ])("%s is %s", (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});
