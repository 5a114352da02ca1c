import { z } from "zod";
import { meetingTimesProblem, yearlyDayProblem } from "./calendar-rules.js";
import { isoDate, recordOf, slug, text, texts, textOrTexts, time } from "./common.js";

export const forumRecord = recordOf({
  id: slug,
  name: text,
  aliases: texts.optional(),
  initiative: slug.optional(),
  owner: text.optional(),
  who: text,
  purpose: textOrTexts,
  form: text.optional(),
  activities: z
    .array(z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM"), text }))
    .optional(),
  /** The institutions and people the "Hvem" row names: stated attendance of the forum's meetings. */
  participants: z
    .array(
      z.union([
        z.strictObject({ institution: slug, asWritten: text }),
        z.strictObject({ person: slug, asWritten: text }),
      ]),
    )
    .optional(),
});

export const meetingRecord = recordOf({
  id: slug,
  title: text,
  date: isoDate,
  endDate: isoDate.optional(),
  startTime: time.optional(),
  endTime: time.optional(),
  mode: z.enum(["digital", "physical", "hybrid"]).optional(),
  online: z.enum(["teams"]).optional(),
  place: text.optional(),
  agenda: texts.optional(),
  audience: text.optional(),
  forums: z.array(slug).min(1),
  initiatives: z.array(slug),
  text,
})
  .refine((m) => !m.endDate || m.endDate >= m.date, { message: "expected endDate on or after date", path: ["endDate"] })
  .superRefine((m, context) => {
    const problem = m.endDate && m.endDate < m.date ? undefined : meetingTimesProblem(m);
    if (problem)
      context.addIssue({
        code: "custom",
        message: `expected the meeting to end after it starts: ${problem}`,
        path: ["endTime"],
      });
  });

export const deadlineRecord = recordOf({
  id: slug,
  name: text,
  step: text,
  from: text,
  to: text.optional(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  recurrence: z.enum(["yearly"]),
  setLocally: z.boolean().optional(),
  text,
  dates: z.array(isoDate).optional(),
  scheme: slug.optional(),
}).superRefine((d, context) => {
  const problem = yearlyDayProblem(d.month, d.day);
  if (problem)
    context.addIssue({ code: "custom", message: `expected a day that every year has: ${problem}`, path: ["day"] });
});

export const allocationRecord = recordOf({
  id: slug,
  name: text,
  purpose: text,
  amountNok: z.number().int().positive(),
  totalNok: z.number().int().positive().optional(),
  recipients: z
    .array(
      z.union([z.strictObject({ institution: slug }), z.strictObject({ network: slug }), z.strictObject({ text })]),
    )
    .optional(),
  recurrence: z.enum(["yearly"]),
  scheme: slug,
});
