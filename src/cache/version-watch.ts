import type { Driver } from "neo4j-driver";
import { type GraphVersion, readGraphVersion, versionKey } from "../db/graph-version.js";

/**
 * The longest a version may go unconfirmed and still key cached answers: a write through
 * another instance is never hidden by a cached answer longer than this (docs/cache.md).
 */
export const CACHE_FRESHNESS_MS = 1_000;

/**
 * What this instance knows of the graph's version. Its own writes it learns at once (the
 * commit returns the new version); other instances' writes by reading the version every
 * `pollMs`. A version counts as confirmed from the moment the poll that read it began: a
 * write committed before then is in it. Past CACHE_FRESHNESS_MS without a confirmation
 * (the database is slow or away) the version is unknown, and nothing is read from or
 * written to the cache until a poll answers again.
 */
export class VersionWatch {
  private known: GraphVersion | undefined;
  private confirmedAt = 0;
  /** Moves with every version learned from a write, so that a poll begun before it is not taken for newer. */
  private learned = 0;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly pollMs: number,
    /** Called when the version moves: answers cached under the old one can go. */
    private readonly moved: (version: GraphVersion) => void,
  ) {}

  /** Reads the version once, then every pollMs until stop(). */
  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The key of the version answers are cached under now, or undefined while it is unknown. */
  currentKey(): string | undefined {
    if (!this.known || Date.now() - this.confirmedAt > CACHE_FRESHNESS_MS) return undefined;
    return versionKey(this.known);
  }

  get current(): GraphVersion | undefined {
    return this.known;
  }

  /** A version this instance's own write committed. Never goes back within an epoch. */
  learn(version: GraphVersion): void {
    this.learned += 1;
    if (this.known?.epoch === version.epoch && this.known.number >= version.number) return;
    this.set(version);
  }

  /** A write whose outcome is unknown: the version may have moved, so it is unknown until the next poll. */
  forget(): void {
    this.learned += 1;
    this.known = undefined;
  }

  private async poll(): Promise<void> {
    // A slow database: one poll at a time; the version goes unconfirmed meanwhile.
    if (this.polling) return;
    this.polling = true;
    const startedAt = Date.now();
    const learned = this.learned;
    try {
      const version = await readGraphVersion(this.driver, this.database);
      if (learned !== this.learned) return;
      this.confirmedAt = startedAt;
      if (!this.known || versionKey(this.known) !== versionKey(version)) this.set(version);
    } catch {
      // Unconfirmed: the cache stands aside once CACHE_FRESHNESS_MS has passed.
    } finally {
      this.polling = false;
    }
  }

  private set(version: GraphVersion): void {
    this.known = version;
    this.moved(version);
  }
}
