import { z } from "zod";
import { SLUG, SLUG_RULE } from "../../text/ids.js";
import { describeSecrets, findSecrets } from "../../text/secrets.js";

export const slug = z.string().regex(SLUG, `expected ${SLUG_RULE}`);

/** A text of a record: never a passcode, meeting ID or meeting link (the same filter as imports and mutations). */
export const text = z
  .string()
  .trim()
  .min(1, "expected a non-empty text")
  .superRefine((value, context) => {
    const secrets = findSecrets(value);
    if (secrets.length > 0) {
      context.addIssue({
        code: "custom",
        message: `passcodes and meeting links are never stored: this text holds ${describeSecrets(secrets)}`,
      });
    }
  });

export const texts = z.array(text);

/** A text or a list of texts; always a list once read. */
export const textOrTexts = z.union([text.transform((t) => [t]), texts]);

export const isoDate = z.iso.date("expected a date as YYYY-MM-DD");

export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM");

/** A period bound: a year, a month or a day, as precise as the document is. */
export const periodBound = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const targetGroup = z.enum(["kindergarten", "school", "sfo", "ppt", "upper-secondary"]);

export const sourceSchema = z.strictObject({
  document: z
    .string()
    .regex(
      /^[^/\\]+\.(txt|csv|docx|pdf)$/,
      "expected a source document's file name (no folder), such as 004_571eb61e7a1b4683.txt or kommuner-2024.csv",
    ),
  location: text,
});
export type Source = z.output<typeof sourceSchema>;

const dataQualityNote = z.strictObject({
  field: text,
  original: text,
  corrected: text.optional(),
  note: text,
});
export type DataQualityNote = z.output<typeof dataQualityNote>;

/** What every record may carry besides its own fields: provenance and data-quality notes. */
const provenance = {
  source: sourceSchema.optional(),
  sources: z.array(sourceSchema).min(1).optional(),
  dataQuality: z.array(dataQualityNote).optional(),
};

/** A record kind: its fields plus provenance; a record must name where it comes from. */
export function recordOf<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject({ ...shape, ...provenance })
    .refine(
      (record: { source?: unknown; sources?: unknown }) => record.source !== undefined || record.sources !== undefined,
      {
        message: "expected a source (or sources) naming the document and the place in it",
        path: ["source"],
      },
    );
}

/** Provenance as stored on a node: one "document: location" text per place. */
export function sourcesOf(record: { source?: Source; sources?: Source[] }): string[] {
  return (record.sources ?? (record.source ? [record.source] : [])).map((s) => `${s.document}: ${s.location}`);
}

/**
 * The id slug of a name: lower-case ASCII words joined by "-" (æ→ae, ø→o, å→a; the Sami
 * letters đ, ŋ, ŧ as d, n, t; other accents dropped), e.g. "Snåase - Snåsa" → "snaase-snasa".
 */
export function slugOf(name: string): string {
  const letters: Record<string, string> = { æ: "ae", ø: "o", å: "a", đ: "d", ŋ: "n", ŧ: "t" };
  return name
    .toLowerCase()
    .replace(/[æøåđŋŧ]/g, (letter) => letters[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The forms of an official name: "Trondheim - Tråante" is found as either, and as the whole. */
export function nameForms(name: string): string[] {
  const forms = name.split(" - ").map((form) => form.trim());
  return forms.length > 1 ? [name, ...forms] : [name];
}
