import { z } from "zod";

/** The zod schema of each kind of seed record; seeds/README.md documents the same fields. */

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a slug of lower-case letters, digits and hyphens");

const text = z.string().trim().min(1, "expected a non-empty text");

const source = z.strictObject({
  document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "expected a source document file name such as 004_571eb61e7a1b4683.txt"),
  location: text,
});

type Source = z.output<typeof source>;

/** Every record names where it comes from: `source`, or `sources` when it stands in several places. */
const provenance = {
  source: source.optional(),
  sources: z.array(source).min(1).optional(),
};

function withProvenance<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject({ ...shape, ...provenance })
    .refine((record: { source?: unknown; sources?: unknown }) => record.source !== undefined || record.sources !== undefined, {
      message: "expected a source (or sources) naming the document and the place in it",
      path: ["source"],
    });
}

export const schemeRecord = withProvenance({
  id: slug,
  name: text,
  fullName: text.optional(),
  sector: z.enum(["kindergarten", "school", "special-needs-and-inclusion"]).optional(),
});

/** A seed file: one or more kinds, each a list of records. Unknown kinds are errors. */
export const seedFile = z.strictObject({
  schemes: z.array(schemeRecord).optional(),
});

export type SeedFile = z.output<typeof seedFile>;
export type SeedKind = keyof SeedFile;
export type SeedData = { [K in SeedKind]-?: NonNullable<SeedFile[K]> };
export type SchemeRecord = z.output<typeof schemeRecord>;

export const seedKinds = Object.keys(seedFile.shape) as SeedKind[];

/** Provenance as stored on a node: one "document: location" text per place. */
export function sourcesOf(record: { source?: Source; sources?: Source[] }): string[] {
  return (record.sources ?? (record.source ? [record.source] : [])).map((s) => `${s.document}: ${s.location}`);
}
