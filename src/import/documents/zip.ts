/**
 * The one guard for zipped formats (a .docx and an .xlsx are zip archives): a small file
 * that unpacks to gigabytes (a zip bomb) is refused before anything of it is parsed.
 */
import yauzl from "yauzl";
import { ImportTooLargeError, readableSize } from "./errors.js";

/** Bounds on a zip: a Word document or a workbook has tens of entries. */
export interface ZipLimits {
  maxEntries: number;
  /** What all entries may unpack to, together. */
  maxUnpackedBytes: number;
}

/** A workbook of IMPORT_MAX_BYTES compresses its XML about 10:1; 20 times that is room enough. */
const ZIP_EXPANSION = 20;
const MAX_ZIP_ENTRIES = 1000;

export const zipLimits = (maxBytes: number): ZipLimits => ({
  maxEntries: MAX_ZIP_ENTRIES,
  maxUnpackedBytes: ZIP_EXPANSION * maxBytes,
});

/**
 * Unpacks every entry of the archive, counting its bytes, and returns the `wanted` ones.
 * The sizes the entries declare are summed first; each is then unpacked and counted, since
 * a crafted archive may declare less than it holds (yauzl also fails an entry that unpacks
 * to more than it declares). Past a bound: ImportTooLargeError. A corrupt archive: yauzl's error.
 */
export async function readZip(
  file: string,
  bytes: Buffer,
  limits: ZipLimits,
  wanted: (name: string) => boolean = () => false,
): Promise<Map<string, Buffer>> {
  const tooLarge = (what: string) =>
    new ImportTooLargeError(
      `${file} ${what}; a Word document or workbook may hold at most ${limits.maxEntries} entries expanding to ${readableSize(limits.maxUnpackedBytes)} (${ZIP_EXPANSION} × IMPORT_MAX_BYTES). Nothing was imported.`,
    );
  const zip = await yauzl.fromBufferPromise(bytes, {
    lazyEntries: true,
    validateEntrySizes: true,
    strictFileNames: false,
  });
  try {
    if (zip.entryCount > limits.maxEntries) throw tooLarge(`holds ${zip.entryCount} entries`);
    const entries = new Map<string, Buffer>();
    let declared = 0;
    let unpacked = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnpackedBytes) throw tooLarge("expands to more than that");
      if (entry.fileName.endsWith("/")) continue;
      const keep = wanted(entry.fileName);
      const chunks: Buffer[] = [];
      const stream = await zip.openReadStreamPromise(entry);
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          unpacked += chunk.length;
          if (unpacked > limits.maxUnpackedBytes) throw tooLarge("expands to more than that");
          if (keep) chunks.push(chunk);
        }
      } finally {
        stream.destroy();
      }
      if (keep) entries.set(entry.fileName, Buffer.concat(chunks));
    }
    return entries;
  } finally {
    zip.close();
  }
}
