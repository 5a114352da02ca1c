import busboy from "busboy";
import type { Request } from "express";
import type { PublicFailure } from "../db/failures.js";

/** The one file of an upload request, and its few text fields. */
export interface MultipartUpload {
  filename: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

/** A request the upload route refuses, as the client is told. */
export class UploadRefused extends Error {
  constructor(readonly failure: PublicFailure) {
    super(failure.message);
    this.name = "UploadRefused";
  }
}

const refused = (status: number, code: string, message: string) => new UploadRefused({ status, code, message });
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;

/** What multipart framing may add around the file: boundaries, part headers, the small fields. */
const FRAMING_BYTES = 64 * 1024;

/**
 * Reads a multipart/form-data request holding one file in the field `fileField` and at
 * most `fieldNames.length` short text fields of those names. The file is kept up to
 * `maxBytes`: past that the rest is read and dropped, and the request refused (413); a
 * body that goes on past twice that is cut off. Anything else (another file, an unknown
 * field, no file) is refused with a message naming it.
 */
export function readMultipart(
  req: Request,
  { fileField, fieldNames, maxBytes }: { fileField: string; fieldNames: readonly string[]; maxBytes: number },
): Promise<MultipartUpload> {
  const tooLarge = refused(
    413,
    "PAYLOAD_TOO_LARGE",
    `The file is larger than ${size(maxBytes)}, the most the importer reads (IMPORT_MAX_BYTES; a plan's text is usually 3–40 kB). Nothing was imported.`,
  );
  return new Promise((resolve, reject) => {
    if (!req.is("multipart/form-data")) {
      return reject(
        refused(
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          `Send the file as multipart/form-data in the field "${fileField}" (curl -F ${fileField}=@plan.txt). Nothing was imported.`,
        ),
      );
    }
    const declared = Number(req.headers["content-length"] ?? 0);
    const hardCap = 2 * maxBytes + FRAMING_BYTES;
    if (declared > hardCap) return reject(tooLarge);

    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // File names are UTF-8 in every browser's form data ("Årshjul.txt").
        defParamCharset: "utf8",
        limits: {
          files: 1,
          fileSize: maxBytes,
          fields: fieldNames.length,
          // busboy reports partsLimit once the count reaches it, not past it: one more than the
          // allowed file and fields, so that only a surplus part is refused.
          parts: fieldNames.length + 2,
          fieldSize: 200,
          fieldNameSize: 50,
          headerPairs: 20,
        },
      });
    } catch {
      return reject(refused(400, "BAD_REQUEST", "The multipart body has no boundary: it cannot be read"));
    }

    let problem: UploadRefused | undefined;
    const fail = (error: UploadRefused) => {
      problem ??= error;
    };
    let file: { filename: string; chunks: Buffer[] } | undefined;
    const fields: Record<string, string> = {};

    parser.on("file", (name, stream, info) => {
      if (name !== fileField) {
        fail(refused(400, "BAD_REQUEST", `The file is in the field "${name}"; send it in the field "${fileField}"`));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      file = { filename: info.filename ?? "", chunks };
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        fail(tooLarge);
        chunks.length = 0;
      });
    });
    parser.on("field", (name, value, info) => {
      if (!fieldNames.includes(name)) {
        fail(
          refused(
            400,
            "BAD_REQUEST",
            `Unknown field "${name}": send the file in "${fileField}"${fieldNames.length ? ` and optionally ${fieldNames.map((f) => `"${f}"`).join(", ")}` : ""}`,
          ),
        );
      } else if (info.valueTruncated || info.nameTruncated) {
        fail(refused(400, "BAD_REQUEST", `The field "${name}" is too long`));
      } else {
        fields[name] = value;
      }
    });
    parser.on("filesLimit", () => fail(refused(400, "BAD_REQUEST", "Send one file per request")));
    parser.on("fieldsLimit", () => fail(refused(400, "BAD_REQUEST", "The request has too many fields")));
    parser.on("partsLimit", () => fail(refused(400, "BAD_REQUEST", "The request has too many parts")));
    parser.on("error", () => {
      req.unpipe(parser);
      reject(problem ?? refused(400, "BAD_REQUEST", "The multipart body could not be read"));
    });
    parser.on("close", () => {
      if (problem) return reject(problem);
      if (!file) {
        return reject(
          refused(
            400,
            "BAD_REQUEST",
            `The request holds no file: send it in the field "${fileField}". Nothing was imported.`,
          ),
        );
      }
      resolve({ filename: file.filename, bytes: Buffer.concat(file.chunks), fields });
    });

    // A body that goes on far past the limit is not read to its end.
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > hardCap) {
        req.unpipe(parser);
        req.destroy();
        reject(tooLarge);
      }
    });
    req.pipe(parser);
  });
}
