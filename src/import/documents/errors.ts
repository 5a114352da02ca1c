import { withoutSecrets } from "../../text/secrets.js";

/** A file the importer cannot read as a plan: corrupt, of another kind, or without text. */
export class UnreadableDocumentError extends Error {
  constructor(file: string, detail: string) {
    super(withoutSecrets(`${file}: ${detail}. Nothing was imported.`));
    this.name = "UnreadableDocumentError";
  }
}
