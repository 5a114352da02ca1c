import type { Driver, ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import { type Facts, factsInGraph, type StoredNode } from "./owned-facts.js";
import type { ImportedPlan } from "./plan.js";

export interface GraphState {
  /** The facts the importer owns (owned-facts.ts), as the graph holds them now, by id. */
  initiatives: Map<string, Facts>;
  forums: Map<string, Facts>;
  meetings: Map<string, Facts>;
  /** Meetings of the same network on the plan's dates, held by other plans: candidates to link to. */
  sameDay: { id: string; date: string; text: string; forums: string[]; initiatives: string[] }[];
  /** Meetings in the plan's forums that the plan no longer has. */
  notInPlan: string[];
}

// A node as owned-facts.ts reads its facts: all its properties and outgoing links.
const NODE = `{
    id: n.id, properties: properties(n), links: [(n)-[r]->(t) | [type(r), t.id]],
    activities: [(n)-[:HAS_ACTIVITY]->(a) | a.month + ": " + a.text]
  }`;

const STATE = `
CALL () {
  UNWIND $initiatives AS id MATCH (n:Initiative {id: id}) RETURN collect(${NODE}) AS initiatives
}
CALL () {
  UNWIND $forums AS id MATCH (n:Forum {id: id}) RETURN collect(${NODE}) AS forums
}
CALL () {
  UNWIND $meetings AS id MATCH (n:Meeting {id: id}) RETURN collect(${NODE}) AS meetings
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
    initiatives: StoredNode[];
    forums: StoredNode[];
    meetings: StoredNode[];
    sameDay: GraphState["sameDay"];
    notInPlan: string[];
  };
  const byId = (kind: "initiative" | "forum" | "meeting", nodes: StoredNode[]) =>
    new Map(nodes.map((node) => [node.id, factsInGraph(kind, node)]));
  return {
    initiatives: byId("initiative", row.initiatives),
    forums: byId("forum", row.forums),
    meetings: byId("meeting", row.meetings),
    sameDay: row.sameDay,
    notInPlan: row.notInPlan,
  };
}

/** Meetings the graph has under the plan's forums that the plan no longer lists. */
export const notInPlan = (plan: ImportedPlan, state: GraphState): string[] =>
  state.notInPlan.filter((id) => !plan.meetings.some((m) => m.id === id));
