import type { ManagedTransaction } from "neo4j-driver";
import { type SeedData, sourcesOf } from "../records/index.js";
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
  await tx.run(
    `UNWIND $rows AS row
     MATCH (i:Initiative {id: row.id})
     OPTIONAL MATCH (i)-[old:UNDER_SCHEME|RUN_BY|PARTNER|RESPONSIBLE|COVERS|BUILDS_ON]->()
     DELETE old
     WITH DISTINCT i, row
     MATCH (scheme:Scheme {id: row.scheme})
     MERGE (i)-[:UNDER_SCHEME]->(scheme)
     WITH i, row
     CALL (i, row) {
       MATCH (network:Network {id: row.network}) MERGE (i)-[:RUN_BY]->(network)
     }
     CALL (i, row) {
       MATCH (base:Initiative {id: row.buildsOn}) MERGE (i)-[:BUILDS_ON]->(base)
     }
     CALL (i, row) {
       UNWIND row.partners AS id MATCH (partner:Institution {id: id}) MERGE (i)-[:PARTNER]->(partner)
     }
     CALL (i, row) {
       UNWIND row.responsibleInstitutions AS id MATCH (r:Institution {id: id}) MERGE (i)-[:RESPONSIBLE]->(r)
     }
     CALL (i, row) {
       UNWIND row.municipalities AS id MATCH (m:Municipality {id: id}) MERGE (i)-[:COVERS]->(m)
     }`,
    {
      rows: initiatives.map((i) => ({
        id: i.id,
        scheme: i.scheme,
        network: i.network ?? null,
        buildsOn: i.buildsOn ?? null,
        partners: i.partners ?? [],
        responsibleInstitutions: i.responsibleInstitutions ?? [],
        municipalities: i.municipalities ?? [],
      })),
    },
  );
}

/** Tracks with their gatherings and phases; gatherings and phases belong to their track alone. */
export async function writeTracks(tx: ManagedTransaction, { tracks }: SeedData): Promise<void> {
  const rows = tracks.map((t) => ({
    id: t.id,
    initiative: t.initiative,
    lead: t.lead ?? null,
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
     OPTIONAL MATCH (t)-[old:TRACK_OF|LED_BY]->()
     DELETE old
     WITH DISTINCT t, row
     OPTIONAL MATCH (t)<-[oldParticipation:TAKES_PART_IN]-(:Network)
     DELETE oldParticipation
     WITH DISTINCT t, row
     OPTIONAL MATCH (t)-[:HAS_GATHERING|HAS_PHASE]->(part)
     DETACH DELETE part
     WITH DISTINCT t, row
     MATCH (initiative:Initiative {id: row.initiative})
     MERGE (t)-[:TRACK_OF]->(initiative)
     WITH t, row
     CALL (t, row) {
       MATCH (lead:Institution {id: row.lead}) MERGE (t)-[:LED_BY]->(lead)
     }
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
}
