import type { ManagedTransaction } from "neo4j-driver";
import { type DataQualityNote, type SeedData, type SeedKind, type Source, sourcesOf } from "../records/index.js";
import { keyOf } from "../references.js";

/** The GraphQL type each kind of record becomes. */
const typeOf: Record<SeedKind, string> = {
  schemes: "Scheme",
  institutions: "Institution",
  counties: "County",
  municipalities: "Municipality",
  networks: "Network",
  people: "Person",
  supports: "Support",
  initiatives: "Initiative",
  tracks: "Track",
  workingGroups: "WorkingGroup",
  forums: "Forum",
  meetings: "Meeting",
  deadlines: "Deadline",
  allocations: "Allocation",
};

type Annotated = { dataQuality?: DataQualityNote[]; source?: Source; sources?: Source[] };

/** The notes of all seeded records, replaced as a whole: they describe the seed files. */
export async function writeDataQualityNotes(tx: ManagedTransaction, data: SeedData): Promise<void> {
  const rows = (Object.keys(data) as SeedKind[]).flatMap((kind) =>
    (data[kind] as Annotated[]).flatMap((record) =>
      (record.dataQuality ?? []).map((note, n) => {
        const subjectId = keyOf(kind, record as never);
        return {
          id: `${typeOf[kind]}:${subjectId}:${n + 1}`,
          subjectType: typeOf[kind],
          subjectId,
          field: note.field,
          original: note.original,
          corrected: note.corrected ?? null,
          note: note.note,
          sources: sourcesOf(record),
          origin: "seeds",
        };
      }),
    ),
  );
  await tx.run("MATCH (n:DataQualityNote {origin: 'seeds'}) DETACH DELETE n");
  await tx.run("UNWIND $rows AS row CREATE (n:DataQualityNote) SET n = row", { rows });
}
