import { afterEach, describe, expect, it, vi } from "vitest";
import { longStep } from "../../src/progress.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("a long step", () => {
  it("on a terminal says what it does, how far along it is while it lasts, and how it ended", async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const step = longStep(
      (line) => lines.push(line),
      "Loading",
      async (progress) => {
        progress("3 of 10 files");
        await vi.advanceTimersByTimeAsync(5_000);
        progress("9 of 10 files");
        await vi.advanceTimersByTimeAsync(6_000);
        return 10;
      },
      (files) => `${files} files`,
      { terminal: true, intervalMs: 5_000 },
    );
    await step;
    expect(lines).toEqual([
      "Loading …",
      "  … 3 of 10 files (5.0 s)",
      "  … 9 of 10 files (10 s)",
      "Loading: 10 files in 11 s",
    ]);
  });

  it("in a log file writes one line when it starts and one when it ends, also when it fails", async () => {
    const lines: string[] = [];
    await expect(
      longStep(
        (line) => lines.push(line),
        "Importing",
        async () => {
          throw new Error("no such file");
        },
        undefined,
        { terminal: false },
      ),
    ).rejects.toThrow("no such file");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("Importing …");
    expect(lines[1]).toMatch(/^Importing: failed after \d+\.\d s$/);
  });
});
