import type { Driver, ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import type { ImportedPlan } from "./plan.js";

/** The facts of a node that the importer owns, as the graph holds them now (comparable text). */
export type Facts = Record<string, string | string[] | null>;

export interface GraphState {
  initiatives: Map<string, Facts>;
  forums: Map<string, Facts>;
  meetings: Map<string, Facts>;
  /** Meetings of the same network on the plan's dates, held by other plans: candidates to link to. */
  sameDay: { id: string; date: string; text: string; forums: string[]; initiatives: string[] }[];
  /** Meetings in the plan's forums that the plan no longer has. */
  notInPlan: string[];
}

const STATE = `
CALL () {
  UNWIND $initiatives AS id MATCH (i:Initiative {id: id})
  RETURN collect({
    id: i.id, scheme: [(i)-[:UNDER_SCHEME]->(s) | s.id][0], network: [(i)-[:RUN_BY]->(n) | n.id][0],
    periodStart: toString(i.periodStart), periodEnd: toString(i.periodEnd), periodText: i.periodText,
    partners: [(i)-[:PARTNER]->(p) | p.id], municipalities: [(i)-[:COVERS]->(m) | m.id],
    responsibleInstitutions: [(i)-[:RESPONSIBLE]->(r) | r.id], targetGroups: i.targetGroups,
    audience: i.audience, how: i.how, responsible: i.responsible
  }) AS initiatives
}
CALL () {
  UNWIND $forums AS id MATCH (f:Forum {id: id})
  RETURN collect({
    id: f.id, initiative: [(f)-[:FORUM_OF]->(i) | i.id][0], who: f.who, purpose: f.purpose,
    activities: [(f)-[:HAS_ACTIVITY]->(a) | a.month + ": " + a.text]
  }) AS forums
}
CALL () {
  UNWIND $meetings AS id MATCH (m:Meeting {id: id})
  RETURN collect({
    id: m.id, date: toString(m.date), endDate: toString(m.endDate),
    startTime: left(toString(m.startTime), 5), endTime: left(toString(m.endTime), 5),
    mode: m.mode, online: m.online, place: m.place,
    forums: [(m)-[:IN_FORUM]->(f) | f.id], initiatives: [(m)-[:SERVES]->(i) | i.id]
  }) AS meetings
}
CALL () {
  UNWIND $dates AS day
  MATCH (m:Meeting {date: date(day)})-[:SERVES]->(:Initiative)-[:RUN_BY]->(:Network {id: $network})
  WHERE NOT m.id IN $meetings
  RETURN collect(DISTINCT {
    id: m.id, date: toString(m.date), text: m.title + " " + m.text,
    forums: [(m)-[:IN_FORUM]->(f) | f.id], initiatives: [(m)-[:SERVES]->(i) | i.id]
  }) AS sameDay
}
CALL () {
  MATCH (m:Meeting)-[:IN_FORUM]->(f:Forum) WHERE f.id IN $forums AND NOT m.id IN $meetings
  RETURN collect(DISTINCT m.id) AS notInPlan
}
RETURN initiatives, forums, meetings, sameDay, notInPlan`;

const byId = (rows: Facts[]) => new Map(rows.map((row) => [String(row.id), row]));

const stateParameters = (plan: ImportedPlan) => ({
  initiatives: plan.initiatives.map((i) => i.id),
  forums: plan.forums.map((f) => f.id),
  meetings: plan.meetings.map((m) => m.id),
  dates: [...new Set(plan.meetings.map((m) => m.date))],
  network: plan.initiatives[0]?.network ?? null,
});

/** Reads, in one round trip, what the graph holds now for the plan's records. */
export async function readGraphState(driver: Driver, database: string, plan: ImportedPlan): Promise<GraphState> {
  const { records } = await driver.executeQuery(STATE, stateParameters(plan), { database, routing: "READ" });
  return graphState(records);
}

/** The same, inside a transaction that is about to write (an upload's commit checks the preview still holds). */
export async function readGraphStateIn(tx: ManagedTransaction, plan: ImportedPlan): Promise<GraphState> {
  const { records } = await tx.run(STATE, stateParameters(plan));
  return graphState(records);
}

function graphState(records: readonly Neo4jRecord[]): GraphState {
  const row = records[0]?.toObject() as {
    initiatives: Facts[];
    forums: Facts[];
    meetings: Facts[];
    sameDay: GraphState["sameDay"];
    notInPlan: string[];
  };
  return {
    initiatives: byId(row.initiatives),
    forums: byId(row.forums),
    meetings: byId(row.meetings),
    sameDay: row.sameDay,
    notInPlan: row.notInPlan,
  };
}
