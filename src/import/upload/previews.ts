import { createHash, randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { UploadRead } from "./read-upload.js";

/** A dry run an editor was shown: the records read from their file (never its bytes) and the diff's fingerprint. */
export interface Preview {
  id: string;
  /** Who made it (src/http/import-route.ts says who that is): the only one who may commit it. */
  author: string;
  /** The file's name as its records cite it. */
  document: string;
  /** The plan or table as read, before it was compared with the graph: what a commit compares again. */
  read: UploadRead;
  fingerprint: string;
  expiresAt: Date;
}

/** The previews one process holds: at most this many, and this many bytes of records. */
const MAX_PREVIEWS = 100;
const MAX_BYTES = 64 * 1024 * 1024;
/** The previews one author may hold: their oldest goes first, never another author's. */
export const MAX_PREVIEWS_PER_AUTHOR = 10;

/** The SHA-256 of the changes as shown: a commit writes only when the graph still gives the same diff. */
export const fingerprintOf = (changes: readonly object[]): string =>
  `sha256-${createHash("sha256").update(JSON.stringify(changes)).digest("hex")}`;

/**
 * The previews waiting for a commit, in this process's memory only: bounded in count and
 * size, and per author, each dropped after `ttlMs`, when committed, or when found stale.
 * Each is its author's alone: to anyone else it does not exist. Nothing of a file that is
 * not committed reaches the graph, and nothing of it outlives the process.
 */
export class PreviewStore {
  private readonly cache: LRUCache<string, Preview>;
  /** Each author's previews, oldest first. */
  private readonly byAuthor = new Map<string, string[]>();

  constructor(readonly ttlMs: number) {
    this.cache = new LRUCache<string, Preview>({
      max: MAX_PREVIEWS,
      maxSize: MAX_BYTES,
      sizeCalculation: (preview) => Math.max(1, Buffer.byteLength(JSON.stringify(preview.read))),
      ttl: ttlMs,
      ttlAutopurge: true,
      // Expired, evicted, committed or replaced: it no longer counts against its author.
      dispose: (preview, id) => this.forget(preview.author, id),
    });
  }

  add(author: string, read: UploadRead, changes: readonly object[]): Preview {
    const own = this.byAuthor.get(author) ?? [];
    const over = Math.max(0, own.length - MAX_PREVIEWS_PER_AUTHOR + 1);
    for (const oldest of own.slice(0, over)) this.cache.delete(oldest);
    const preview: Preview = {
      id: randomUUID(),
      author,
      document: read.document,
      read,
      fingerprint: fingerprintOf(changes),
      expiresAt: new Date(Date.now() + this.ttlMs),
    };
    this.cache.set(preview.id, preview);
    // One larger than the store's whole size is not kept.
    if (this.cache.has(preview.id)) this.byAuthor.set(author, [...(this.byAuthor.get(author) ?? []), preview.id]);
    return preview;
  }

  /** The preview, to its author only. */
  get(id: string, author: string): Preview | undefined {
    const preview = this.cache.get(id);
    return preview?.author === author ? preview : undefined;
  }

  delete(id: string): void {
    this.cache.delete(id);
  }

  private forget(author: string, id: string): void {
    const left = (this.byAuthor.get(author) ?? []).filter((own) => own !== id);
    if (left.length > 0) this.byAuthor.set(author, left);
    else this.byAuthor.delete(author);
  }
}
