import { z } from "zod";
import { allocationRecord, deadlineRecord, forumRecord, meetingRecord } from "./calendar-records.js";
import { initiativeRecord, trackRecord } from "./initiative-records.js";
import {
  countyRecord,
  institutionRecord,
  municipalityRecord,
  networkRecord,
  personRecord,
  schemeRecord,
  supportRecord,
  workingGroupRecord,
} from "./organisation-records.js";

export { type DataQualityNote, nameForms, type Source, slugOf, sourcesOf } from "./common.js";

/** A seed file: one or more kinds, each a list of records. Unknown kinds are errors. */
export const seedFile = z.strictObject({
  schemes: z.array(schemeRecord).optional(),
  institutions: z.array(institutionRecord).optional(),
  counties: z.array(countyRecord).optional(),
  municipalities: z.array(municipalityRecord).optional(),
  networks: z.array(networkRecord).optional(),
  people: z.array(personRecord).optional(),
  supports: z.array(supportRecord).optional(),
  initiatives: z.array(initiativeRecord).optional(),
  tracks: z.array(trackRecord).optional(),
  workingGroups: z.array(workingGroupRecord).optional(),
  forums: z.array(forumRecord).optional(),
  meetings: z.array(meetingRecord).optional(),
  deadlines: z.array(deadlineRecord).optional(),
  allocations: z.array(allocationRecord).optional(),
});

export type SeedFile = z.output<typeof seedFile>;
export type SeedKind = keyof SeedFile;
export type SeedData = { [K in SeedKind]-?: NonNullable<SeedFile[K]> };
export type SeedRecord<K extends SeedKind> = SeedData[K][number];

export const seedKinds = Object.keys(seedFile.shape) as SeedKind[];
