import neo4j, { type Session, type Transaction } from "neo4j-driver";
import type { AnalysisDatabase } from "../analysis/run.js";
import type { GraphVersion } from "../db/graph-version.js";

/**
 * One mutation operation's writes: every statement @neo4j/graphql runs for any of its
 * root fields goes into one write transaction, begun at the first statement and
 * committed only when the whole operation succeeded. When the request's signal aborts
 * (its deadline has answered 503), the session is closed: that resets its connection,
 * so Neo4j stops the statement and rolls the transaction back, and nothing more is
 * begun or committed.
 */
export class MutationWrite {
  /** The node types the operation creates or updates (their cross-field rules are checked before commit). */
  readonly written = new Set<string>();
  /** The root fields (response keys) whose resolvers finished. */
  readonly completed: string[] = [];
  /** The graph's version this operation's commit made (src/db/graph-version.ts); unset until it is committed. */
  committedVersion: GraphVersion | undefined;
  private readonly startedAt = Date.now();
  private session: Session | undefined;
  private tx: Transaction | undefined;

  constructor(readonly db: AnalysisDatabase) {}

  /**
   * What the library runs its Cypher in (context.executionContext). It has neither
   * session() nor beginTransaction(), so the library takes it for a transaction and only calls run().
   */
  readonly executionContext = {
    run: (query: string, parameters?: Record<string, unknown>) => this.transaction().run(query, parameters),
  };

  get begun(): boolean {
    return this.tx !== undefined;
  }

  get elapsedMs(): number {
    return Date.now() - this.startedAt;
  }

  transaction(): Transaction {
    if (!this.tx) {
      const { driver, database, transactionTimeoutMs, signal } = this.db;
      signal?.throwIfAborted();
      this.session = driver.session({
        database,
        defaultAccessMode: neo4j.session.WRITE,
        // The same bookmarks as the library's and the analyses' reads: they see this write once it is committed.
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      this.tx = this.session.beginTransaction({
        timeout: transactionTimeoutMs,
        metadata: { app: "kompetansegraf", kind: "mutation" },
      });
      signal?.addEventListener("abort", this.closeOnAbort, { once: true });
    }
    return this.tx;
  }

  private readonly closeOnAbort = () => void this.session?.close().catch(() => undefined);

  async commit(): Promise<void> {
    this.db.signal?.throwIfAborted();
    await this.tx?.commit();
  }

  /** Rolls back; a transaction the database already ended (failed, timed out) needs nothing more. */
  async rollback(): Promise<void> {
    if (this.tx?.isOpen()) await this.tx.rollback().catch(() => undefined);
  }

  /** Always called: closing the session also rolls back a transaction left open. */
  async close(): Promise<void> {
    this.db.signal?.removeEventListener("abort", this.closeOnAbort);
    await this.session?.close().catch(() => undefined);
  }
}
