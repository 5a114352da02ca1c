/**
 * An .xlsx file is a zip archive. Before exceljs expands one, its entries are counted and
 * inflated here, with the bytes counted, so that a small file that expands to gigabytes
 * (a zip bomb) is refused before anything of it is parsed.
 */
import yauzl from "yauzl";
import { ImportTooLargeError } from "../index.js";

export interface ZipLimits {
  /** Most entries (files) the archive may hold; a workbook has 10–30. */
  maxEntries: number;
  /** Most bytes all entries may expand to, together. */
  maxUncompressedBytes: number;
}

/** An .xlsx of IMPORT_MAX_BYTES compresses its XML about 10:1; 20 times that is room enough. */
export const EXPANSION_FACTOR = 20;
export const MAX_ZIP_ENTRIES = 1000;

export function zipLimits(maxBytes: number): ZipLimits {
  return { maxEntries: MAX_ZIP_ENTRIES, maxUncompressedBytes: maxBytes * EXPANSION_FACTOR };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * Refuses an archive with too many entries, or whose entries expand to more than the
 * limit. The sizes the archive declares are checked first; then every entry is inflated
 * and counted, since a crafted archive may declare less than it holds (yauzl also fails
 * an entry that inflates to more than it declares).
 */
export async function checkZip(file: string, bytes: Buffer, limits: ZipLimits): Promise<void> {
  const tooLarge = (what: string) =>
    new ImportTooLargeError(
      `${file} ${what}; a spreadsheet may hold at most ${limits.maxEntries} entries expanding to ${megabytes(limits.maxUncompressedBytes)} (${EXPANSION_FACTOR} × IMPORT_MAX_BYTES). Nothing was imported.`,
    );
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  try {
    if (zip.entryCount > limits.maxEntries) throw tooLarge(`holds ${zip.entryCount} entries`);
    let declared = 0;
    let inflated = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) throw tooLarge("expands to more than that");
      if (entry.fileName.endsWith("/")) continue;
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > limits.maxUncompressedBytes) {
          stream.destroy();
          throw tooLarge("expands to more than that");
        }
      }
    }
  } finally {
    zip.close();
  }
}
