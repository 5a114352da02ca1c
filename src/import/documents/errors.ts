import { withoutSecrets } from "../../text/secrets.js";

/** A file the importer cannot read as a plan: corrupt, of another kind, or without text. */
export class UnreadableDocumentError extends Error {
  constructor(file: string, detail: string) {
    super(withoutSecrets(`${file}: ${detail}. Nothing was imported.`));
    this.name = "UnreadableDocumentError";
  }
}

/** A workbook or .csv file the importer cannot read into rows. */
export class UnreadableSpreadsheetError extends Error {
  override name = "UnreadableSpreadsheetError";
}

/** A file past one of the import's bounds: its size, what it unpacks to, its rows or records. */
export class ImportTooLargeError extends Error {
  override name = "ImportTooLargeError";
}

/** A size as messages give it: "60.0 MB", "12 kB". */
export const readableSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
