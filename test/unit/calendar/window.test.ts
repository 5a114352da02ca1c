import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { FeedRequestError, feedWindow } from "../../../src/calendar/window.js";

// 23:30 in UTC on 31 December is already 1 January in Oslo.
const now = DateTime.fromISO("2026-12-31T23:30:00Z");

describe("a calendar feed's window", () => {
  it("is a year back and two ahead of today in Oslo, unless ?from and ?to say otherwise", () => {
    expect(feedWindow({}, now)).toEqual({ from: "2026-01-01", to: "2029-01-01" });
    expect(feedWindow({ from: "2024-01-01" }, now)).toEqual({ from: "2024-01-01", to: "2029-01-01" });
    expect(feedWindow({ from: "2024-01-01", to: "2024-12-31" }, now)).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });

  it.each([
    { from: "2025-02-29" },
    { to: "2025-1-1" },
    { from: ["2025-01-01"] },
    { from: "2025-03-01", to: "2025-02-28" },
  ])("refuses %j", (query) => {
    expect(() => feedWindow(query, now)).toThrow(FeedRequestError);
  });
});
