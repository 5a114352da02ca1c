import type { Driver, ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import type { Named } from "../vocabulary.js";

/** What a spreadsheet import links to and compares with, read in one round trip. */
export interface SheetGraph {
  networks: (Named & {
    /** Every form of the name of the network's county; empty when it has none. */
    county: string[];
    membershipStatus: string;
    membershipSource: string;
    membershipSources: string[];
    members: string[];
  })[];
  municipalities: (Named & { number: string; name: string; county: string })[];
  institutions: Named[];
  people: (Named & { affiliation: string | null })[];
  schemes: Named[];
  supports: Support[];
  /** Ids of the data-quality notes the graph has. */
  notes: string[];
}

/** A SUPPORTS relationship: one person, one network, one institution make one support. */
export interface Support {
  person: string;
  network: string;
  institution: string;
  role: "PRIMARY" | "BACKUP";
  schemes: string[];
  note: string | null;
}

const STATE = `
CALL () {
  MATCH (n:Network)
  RETURN collect({
    id: n.id, names: [n.name] + coalesce(n.aliases, []),
    county: coalesce([(n)-[:IN_COUNTY]->(c) | c.names][0], []),
    membershipStatus: n.membershipStatus, membershipSource: n.membershipSource,
    membershipSources: n.membershipSources, members: [(n)-[:HAS_MEMBER]->(m) | m.id]
  }) AS networks
}
CALL () {
  MATCH (m:Municipality)
  RETURN collect({
    id: m.id, names: m.names, name: m.name, number: m.number,
    county: coalesce([(m)-[:IN_COUNTY]->(c) | c.name][0], '')
  }) AS municipalities
}
CALL () { MATCH (n:Institution) RETURN collect({id: n.id, names: [n.name, n.fullName] + coalesce(n.aliases, [])}) AS institutions }
CALL () {
  MATCH (p:Person)
  RETURN collect({
    id: p.id, names: [p.name] + coalesce(p.aliases, []), affiliation: [(p)-[:AFFILIATED_WITH]->(i) | i.id][0]
  }) AS people
}
CALL () { MATCH (n:Scheme) RETURN collect({id: n.id, names: [n.name, n.fullName]}) AS schemes }
CALL () {
  MATCH (p:Person)-[s:SUPPORTS]->(n:Network)
  RETURN collect({
    person: p.id, network: n.id, institution: s.institution, role: s.role,
    schemes: coalesce(s.schemes, []), note: s.note
  }) AS supports
}
CALL () { MATCH (d:DataQualityNote) RETURN collect(d.id) AS notes }
RETURN networks, municipalities, institutions, people, schemes, supports, notes`;

export async function readSheetGraph(driver: Driver, database: string): Promise<SheetGraph> {
  const { records } = await driver.executeQuery(STATE, {}, { database, routing: "READ" });
  return sheetGraph(records);
}

/** The same, inside a transaction that is about to write (an upload's commit checks the preview still holds). */
export async function readSheetGraphIn(tx: ManagedTransaction): Promise<SheetGraph> {
  const { records } = await tx.run(STATE);
  return sheetGraph(records);
}

function sheetGraph(records: readonly Neo4jRecord[]): SheetGraph {
  const row = records[0]?.toObject() as unknown as SheetGraph;
  // [n.name, n.fullName] holds a null where there is no full name.
  const clean = <T extends Named>(list: T[]) => list.map((n) => ({ ...n, names: n.names.filter(Boolean) }));
  return {
    ...row,
    networks: clean(row.networks),
    municipalities: clean(row.municipalities),
    institutions: clean(row.institutions),
    people: clean(row.people),
    schemes: clean(row.schemes),
  };
}
