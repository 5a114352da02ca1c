import { z } from "zod";
import { recordOf, slug, text, texts } from "./common.js";

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

export const municipalityRecord = recordOf({
  id: slug,
  name: text,
  county: text.optional(),
  number: z.string().regex(/^\d{4}$/, "expected a four-digit municipality number").optional(),
});

export const networkRecord = recordOf({
  id: slug,
  name: text,
  aliases: texts.optional(),
  county: text.optional(),
  kind: z.enum(["competence-network", "sector-network", "region", "service-network"]),
  members: z.array(slug).optional(),
  membersSource: text.optional(),
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
