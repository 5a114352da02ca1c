// What an instance knows of the graph's version, with a stand-in for the database whose
// answers the test releases one by one, and a clock the test moves.
import type { Driver } from "neo4j-driver";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CACHE_FRESHNESS_MS, VersionWatch } from "../../../src/cache/version-watch.js";
import type { GraphVersion } from "../../../src/db/graph-version.js";

/** A driver whose every read of the version waits until the test answers it. */
function database() {
  const pending: { resolve: (version: GraphVersion) => void; reject: (error: Error) => void }[] = [];
  const driver = {
    executeQuery: () =>
      new Promise((resolve, reject) =>
        pending.push({ resolve: (v) => resolve({ records: [{ toObject: () => ({ ...v }) }] }), reject }),
      ),
  } as unknown as Driver;
  return {
    driver,
    /** Answers the oldest read still waiting. */
    answer: async (version: GraphVersion) => {
      pending.shift()?.resolve(version);
      await vi.advanceTimersByTimeAsync(0);
    },
    fail: async () => {
      pending.shift()?.reject(new Error("Neo4j is away"));
      await vi.advanceTimersByTimeAsync(0);
    },
    waiting: () => pending.length,
  };
}

const POLL_MS = 250;

describe("the version an instance knows", () => {
  let db: ReturnType<typeof database>;
  let moved: GraphVersion[];
  let watch: VersionWatch;

  beforeEach(async () => {
    vi.useFakeTimers();
    db = database();
    moved = [];
    watch = new VersionWatch(db.driver, "neo4j", POLL_MS, (v) => moved.push(v));
    const started = watch.start();
    await db.answer({ epoch: "e", number: 1 });
    await started;
  });
  afterEach(() => {
    watch.stop();
    vi.useRealTimers();
  });

  it("is the one read at the start, and moves with the next read that differs", async () => {
    expect(watch.currentKey()).toBe("e:1");
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await db.answer({ epoch: "e", number: 1 });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await db.answer({ epoch: "e", number: 2 });
    expect(watch.currentKey()).toBe("e:2");
    expect(moved).toEqual([
      { epoch: "e", number: 1 },
      { epoch: "e", number: 2 },
    ]);
  });

  it("takes this instance's own write at once, and never goes back within an epoch", async () => {
    watch.learn({ epoch: "e", number: 3 });
    expect(watch.currentKey()).toBe("e:3");
    watch.learn({ epoch: "e", number: 2 });
    expect(watch.currentKey()).toBe("e:3");
    // A graph rebuilt by a seed reset has a new epoch, starting again at 1.
    watch.learn({ epoch: "f", number: 1 });
    expect(watch.currentKey()).toBe("f:1");
  });

  it("does not let a read begun before a write of its own take the version back", async () => {
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(db.waiting()).toBe(1);
    watch.learn({ epoch: "f", number: 1 });
    await db.answer({ epoch: "e", number: 1 });
    expect(watch.currentKey()).toBe("f:1");
  });

  it("stands aside when the version has gone unconfirmed for a second, until a read answers again", async () => {
    for (let waited = 0; waited <= CACHE_FRESHNESS_MS; waited += POLL_MS) {
      await vi.advanceTimersByTimeAsync(POLL_MS);
      await db.fail();
    }
    expect(watch.currentKey()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await db.answer({ epoch: "e", number: 1 });
    expect(watch.currentKey()).toBe("e:1");
  });

  it("forgets the version when a commit's outcome is unknown, until the next read", async () => {
    watch.forget();
    expect(watch.currentKey()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await db.answer({ epoch: "e", number: 2 });
    expect(watch.currentKey()).toBe("e:2");
  });
});
