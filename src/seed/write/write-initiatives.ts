import type { ManagedTransaction } from "neo4j-driver";
import { type SeedData, type SeedRecord, sourcesOf } from "../records/index.js";
import { type Link, setLinks, targets } from "./links.js";
import { enumValue, enumValues, integer, periodEnd, periodStart } from "./values.js";

export async function writeInitiatives(tx: ManagedTransaction, { initiatives }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (i:Initiative {id: row.id})
     SET i = row.properties, i.periodStart = date(row.periodStart), i.periodEnd = date(row.periodEnd)`,
    {
      rows: initiatives.map((i) => ({
        id: i.id,
        periodStart: periodStart(i.period.from),
        periodEnd: i.period.to ? periodEnd(i.period.to) : null,
        properties: {
          id: i.id,
          name: i.name,
          aliases: i.aliases ?? [],
          kind: enumValue(i.kind),
          status: enumValue(i.status),
          owner: i.owner ?? null,
          periodText: i.periodText,
          targetGroups: enumValues(i.targetGroups),
          audience: i.audience ?? null,
          purpose: i.purpose ?? [],
          how: i.how ?? null,
          responsible: i.responsible ?? null,
          plannedEmployees: integer(i.volume?.employees),
          plannedMeetings: integer(i.volume?.meetings),
          plannedGatherings: integer(i.volume?.gatherings),
          plannedDays: integer(i.volume?.days),
          plannedUnits: integer(i.volume?.units),
          volumeText: i.volume?.text ?? null,
          sources: sourcesOf(i),
        },
      })),
    },
  );
  await writeInitiativeLinks(tx, initiatives, Object.keys(INITIATIVE_LINKS) as InitiativeLinkField[], "clear");
}

/** The links of an initiative: the record's field that names the targets, and the link it makes. */
export const INITIATIVE_LINKS = {
  scheme: "initiativeScheme",
  network: "initiativeNetwork",
  buildsOn: "initiativeBase",
  partners: "initiativePartners",
  responsibleInstitutions: "initiativeResponsible",
  municipalities: "initiativeMunicipalities",
} as const satisfies Partial<Record<keyof SeedRecord<"initiatives">, Link>>;

export type InitiativeLinkField = keyof typeof INITIATIVE_LINKS;

/**
 * Sets the given links of each initiative to what its record names. A field the record
 * leaves out clears the link (`unstated: "clear"`, the seed, which owns every link) or
 * keeps what the graph has (`"keep"`, an imported plan, which never clears what it could not read).
 */
export async function writeInitiativeLinks(
  tx: ManagedTransaction,
  initiatives: readonly SeedRecord<"initiatives">[],
  fields: readonly InitiativeLinkField[],
  unstated: "clear" | "keep",
): Promise<void> {
  for (const field of fields) {
    const rows = initiatives.flatMap((i) => {
      const ids: string | string[] | undefined = i[field];
      if (ids === undefined && unstated === "keep") return [];
      return [{ id: i.id, targets: typeof ids === "string" ? [ids] : (ids ?? []) }];
    });
    await setLinks(tx, INITIATIVE_LINKS[field], rows);
  }
}

/** Tracks with their gatherings and phases; gatherings and phases belong to their track alone. */
export async function writeTracks(tx: ManagedTransaction, { tracks }: SeedData): Promise<void> {
  const rows = tracks.map((t) => ({
    id: t.id,
    participants: t.participants ?? [],
    properties: {
      id: t.id,
      number: integer(t.number),
      title: t.title,
      goals: t.goals,
      targetGroup: t.targetGroup,
      targetGroups: enumValues(t.targetGroups),
      format: t.format,
      duration: t.duration ?? null,
      participationKnown: t.participants !== undefined,
      sources: sourcesOf(t),
    },
    phases: (t.phases ?? []).map((p) => ({ ...p, id: `${t.id}-fase-${p.number}`, number: integer(p.number) })),
    gatherings: (t.gatherings ?? []).map((g) => ({
      id: `${t.id}-samling-${g.number}`,
      number: integer(g.number),
      items: g.items,
      phaseIds: g.phases.map((n) => `${t.id}-fase-${n}`),
    })),
  }));
  await tx.run(
    `UNWIND $rows AS row
     MERGE (t:Track {id: row.id})
     SET t = row.properties
     WITH t, row
     OPTIONAL MATCH (t)<-[oldParticipation:TAKES_PART_IN]-(:Network)
     DELETE oldParticipation
     WITH DISTINCT t, row
     OPTIONAL MATCH (t)-[:HAS_GATHERING|HAS_PHASE]->(part)
     DETACH DELETE part
     WITH DISTINCT t, row
     CALL (t, row) {
       UNWIND row.participants AS id MATCH (network:Network {id: id}) MERGE (network)-[:TAKES_PART_IN]->(t)
     }
     CALL (t, row) {
       UNWIND row.phases AS phase
       CREATE (t)-[:HAS_PHASE]->(:TrackPhase {id: phase.id, number: phase.number, name: phase.name, description: phase.description})
     }
     CALL (t, row) {
       UNWIND row.gatherings AS gathering
       CREATE (t)-[:HAS_GATHERING]->(g:TrackGathering {id: gathering.id, number: gathering.number, items: gathering.items})
       WITH g, gathering
       UNWIND gathering.phaseIds AS phaseId
       MATCH (t)-[:HAS_PHASE]->(phase:TrackPhase {id: phaseId})
       CREATE (g)-[:FOLLOWS]->(phase)
     }`,
    { rows },
  );
  await setLinks(
    tx,
    "trackInitiative",
    tracks.map((t) => ({ id: t.id, targets: [t.initiative] })),
  );
  await setLinks(
    tx,
    "trackLead",
    tracks.map((t) => ({ id: t.id, targets: targets(t.lead) })),
  );
}
