import { z } from "zod";
import { recordOf, slug, sourceSchema, text, texts } from "./common.js";

export const schemeRecord = recordOf({
  id: slug,
  name: text,
  fullName: text.optional(),
  sector: z.enum(["kindergarten", "school", "special-needs-and-inclusion"]).optional(),
});

export const institutionRecord = recordOf({
  id: slug,
  name: text,
  fullName: text.optional(),
  aliases: texts.optional(),
  kind: z.enum(["university", "university-college", "national-service", "centre", "unit"]),
  parent: slug.optional(),
});

/** A county (fylke) of the national register; `name` is the official name, with its Sami or Kven forms. */
export const countyRecord = recordOf({
  id: slug,
  number: z.string().regex(/^\d{2}$/, "expected a two-digit county number"),
  name: text,
});

/** A municipality (kommune) of the national register. */
export const municipalityRecord = recordOf({
  id: slug,
  number: z.string().regex(/^\d{4}$/, "expected a four-digit municipality number"),
  name: text,
  /** County id. */
  county: slug,
});

const membershipSources = z.array(sourceSchema).min(1);

/**
 * What is known of a network's member municipalities, worked out by hand from the documents:
 * listed (a document lists the members), inferred (assembled from the municipalities its
 * plans name; may be incomplete) or unknown. `basis` says how, in words.
 */
const membership = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.enum(["listed", "inferred"]),
    members: z.array(slug).min(1),
    basis: text,
    sources: membershipSources,
  }),
  z.strictObject({ status: z.literal("unknown"), basis: text, sources: membershipSources }),
]);

export const networkRecord = recordOf({
  id: slug,
  name: text,
  aliases: texts.optional(),
  /** The county as the documents name it; one of the names of a county of the register. */
  county: text.optional(),
  kind: z.enum(["competence-network", "sector-network", "region", "service-network"]),
  membership,
});

export const personRecord = recordOf({
  id: slug,
  name: text,
  aliases: texts.optional(),
  affiliation: slug.optional(),
  affiliationText: text.optional(),
});

export const supportRecord = recordOf({
  person: slug,
  network: slug,
  institution: slug,
  role: z.enum(["primary", "backup"]),
  schemes: z.array(slug).min(1),
  note: text.optional(),
});

export const workingGroupRecord = recordOf({
  id: slug,
  name: text,
  aliases: texts.optional(),
  initiative: slug,
  members: z.array(z.strictObject({ person: slug, representing: text })).min(1),
});
