import { describeSecrets, findSecrets } from "../../text/secrets.js";
import type { FormatExtension } from "../documents/index.js";

/** The longest file name accepted, as file systems allow. */
export const MAX_NAME_LENGTH = 255;

/** A file name that may not enter the graph: too long, or holding a passcode, meeting ID or link. */
export class RefusedNameError extends Error {
  override name = "RefusedNameError";
}

// Anything but letters, digits, spaces and . _ ( ) - is replaced. The patterns below only
// ever see a name within MAX_NAME_LENGTH.
const UNSAFE = /[^\p{L}\p{M}\p{N} ._()-]+/gu;
const FALLBACK = "opplastet-fil";

/**
 * The file name as given, without its folders, once it has passed the length limit and the
 * secret filter (the name becomes the source of every record the file writes, which anyone
 * may read). The message never repeats the name.
 */
export function acceptedName(given: string): string {
  const name = given.split(/[\\/]/).pop() ?? "";
  if (name.length > MAX_NAME_LENGTH) {
    throw new RefusedNameError(
      `The file's name is ${name.length} characters long; at most ${MAX_NAME_LENGTH} are accepted: rename the file. Nothing was imported.`,
    );
  }
  return refuseSecrets(name);
}

/** The name itself: a name that holds a secret is refused whole, never redacted. */
function refuseSecrets(name: string): string {
  const secrets = findSecrets(name);
  if (secrets.length > 0) {
    throw new RefusedNameError(
      `The file's name holds ${describeSecrets(secrets)}, and passcodes and meeting links are never stored: rename the file. Nothing was imported.`,
    );
  }
  return name;
}

/**
 * The name a file is stored and cited under: `given` passed through acceptedName, its unsafe
 * characters replaced by "-", ending with the extension of what its content is, in lower case.
 * The name's own extension is kept only when it says the same ("PLAN.TXT" → "PLAN.txt");
 * otherwise the content's is added ("plan" → "plan.txt", "x.txt.exe" → "x.txt.exe.txt").
 */
export function storedName(given: string, content: FormatExtension): string {
  const safe = acceptedName(given)
    .normalize("NFC")
    .replace(UNSAFE, "-")
    .replace(/ {2,}/g, " ")
    .replace(/^[ .-]+|[ .-]+$/g, "");
  const dot = safe.lastIndexOf(".");
  const stem = dot > 0 && safe.slice(dot + 1).toLowerCase() === content ? safe.slice(0, dot) : safe;
  // What was taken out could have stood between a label and its value: the result is filtered too.
  return refuseSecrets(`${stem.replace(/[ .-]+$/, "") || FALLBACK}.${content}`);
}
