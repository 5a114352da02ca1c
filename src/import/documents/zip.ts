import yauzl from "yauzl";

/**
 * Bounds on a zip (a .docx is one): a Word document has tens of entries and its text is a
 * few hundred kB, so more is a zip bomb or not a plan.
 */
export interface ZipLimits {
  maxEntries: number;
  /** The sum of what every entry says it unpacks to. */
  maxUnpackedBytes: number;
}

export class ZipLimitError extends Error {
  override name = "ZipLimitError";
}

const openBuffer = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    // validateEntrySizes: an entry that unpacks to more than it declared is an error, so the declared sizes bound it.
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );

/** The names of a zip's entries and the unpacked content of the `wanted` ones, within the limits. */
export async function readZip(
  bytes: Buffer,
  wanted: (name: string) => boolean,
  limits: ZipLimits,
): Promise<{ names: string[]; entries: Map<string, Buffer> }> {
  const zip = await openBuffer(bytes);
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ZipLimitError(`it holds ${zip.entryCount} files; a document has at most ${limits.maxEntries}`);
    const names: string[] = [];
    const entries = new Map<string, Buffer>();
    let unpacked = 0;
    for await (const entry of zip.eachEntry()) {
      names.push(entry.fileName);
      unpacked += entry.uncompressedSize;
      if (unpacked > limits.maxUnpackedBytes)
        throw new ZipLimitError(`it unpacks to more than ${limits.maxUnpackedBytes} bytes (a zip bomb?)`);
      if (!wanted(entry.fileName)) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      entries.set(entry.fileName, Buffer.concat(chunks));
    }
    return { names, entries };
  } finally {
    zip.close();
  }
}
