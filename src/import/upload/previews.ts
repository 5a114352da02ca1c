import { createHash, randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { UploadRead } from "./read-upload.js";

/** A dry run an editor was shown: the records read from their file (never its bytes) and the diff's fingerprint. */
export interface Preview {
  id: string;
  /** The file's name, as the editor's machine gave it. */
  document: string;
  /** The plan or table as read, before it was compared with the graph: what a commit compares again. */
  read: UploadRead;
  fingerprint: string;
  expiresAt: Date;
}

/** The previews one process holds: at most this many, and this many bytes of records. */
const MAX_PREVIEWS = 100;
const MAX_BYTES = 64 * 1024 * 1024;

/** The SHA-256 of the changes as shown: a commit writes only when the graph still gives the same diff. */
export const fingerprintOf = (changes: readonly object[]): string =>
  `sha256-${createHash("sha256").update(JSON.stringify(changes)).digest("hex")}`;

/**
 * The previews waiting for a commit, in this process's memory only: bounded in count and
 * size, each dropped after `ttlMs`, when committed, or when found stale. Nothing of a file
 * that is not committed reaches the graph, and nothing of it outlives the process.
 */
export class PreviewStore {
  private readonly cache: LRUCache<string, Preview>;

  constructor(readonly ttlMs: number) {
    this.cache = new LRUCache<string, Preview>({
      max: MAX_PREVIEWS,
      maxSize: MAX_BYTES,
      sizeCalculation: (preview) => Math.max(1, Buffer.byteLength(JSON.stringify(preview.read))),
      ttl: ttlMs,
      ttlAutopurge: true,
    });
  }

  add(document: string, read: UploadRead, changes: readonly object[]): Preview {
    const preview: Preview = {
      id: randomUUID(),
      document,
      read,
      fingerprint: fingerprintOf(changes),
      expiresAt: new Date(Date.now() + this.ttlMs),
    };
    this.cache.set(preview.id, preview);
    return preview;
  }

  get(id: string): Preview | undefined {
    return this.cache.get(id);
  }

  delete(id: string): void {
    this.cache.delete(id);
  }
}
