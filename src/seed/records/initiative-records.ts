import { z } from "zod";
import { periodBound, recordOf, slug, targetGroup, text, texts, textOrTexts } from "./common.js";

const count = z.number().int().positive();

export const initiativeRecord = recordOf({
  id: slug,
  name: text,
  aliases: texts.optional(),
  kind: z.enum(["measure", "joint-measure"]),
  scheme: slug,
  network: slug.optional(),
  owner: text.optional(),
  period: z.strictObject({ from: periodBound, to: periodBound.optional() }),
  periodText: text,
  status: z.enum(["planned", "active", "finished"]).optional(),
  partners: z.array(slug).optional(),
  municipalities: z.array(slug).optional(),
  targetGroups: z.array(targetGroup).optional(),
  audience: text.optional(),
  purpose: textOrTexts.optional(),
  how: text.optional(),
  responsible: text.optional(),
  responsibleInstitutions: z.array(slug).optional(),
  volume: z
    .strictObject({
      employees: count.optional(),
      meetings: count.optional(),
      gatherings: count.optional(),
      days: count.optional(),
      units: count.optional(),
      text,
    })
    .optional(),
  buildsOn: slug.optional(),
});

export const trackRecord = recordOf({
  id: slug,
  number: z.number().int().positive(),
  initiative: slug,
  title: text,
  goals: texts,
  targetGroup: text,
  targetGroups: z.array(targetGroup).optional(),
  format: texts,
  duration: text.optional(),
  lead: slug.optional(),
  participants: z.array(slug).optional(),
  gatherings: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        items: texts,
        phases: z.array(z.number().int().positive()),
      }),
    )
    .optional(),
  phases: z.array(z.strictObject({ number: z.number().int().positive(), name: text, description: text })).optional(),
}).refine(
  (track) => (track.gatherings ?? []).every((g) => g.phases.every((n) => track.phases?.some((p) => p.number === n))),
  { message: "expected every phase a gathering follows to be one of the track's phases", path: ["gatherings"] },
);
