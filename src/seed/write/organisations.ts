import type { ManagedTransaction } from "neo4j-driver";
import { nameForms, type SeedData, sourcesOf } from "../records/index.js";
import { enumValue } from "./values.js";

export async function writeSchemes(tx: ManagedTransaction, { schemes }: SeedData): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (s:Scheme {id: row.id}) SET s = row", {
    rows: schemes.map((s) => ({
      id: s.id,
      name: s.name,
      fullName: s.fullName ?? null,
      sector: enumValue(s.sector),
      sources: sourcesOf(s),
    })),
  });
}

export async function writeInstitutions(tx: ManagedTransaction, { institutions }: SeedData): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (i:Institution {id: row.id}) SET i = row", {
    rows: institutions.map((i) => ({
      id: i.id,
      name: i.name,
      fullName: i.fullName ?? null,
      aliases: i.aliases ?? [],
      kind: enumValue(i.kind),
      sources: sourcesOf(i),
    })),
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (unit:Institution {id: row.id})
     OPTIONAL MATCH (unit)-[old:PART_OF]->()
     DELETE old
     WITH DISTINCT unit, row WHERE row.parent IS NOT NULL
     MATCH (parent:Institution {id: row.parent})
     MERGE (unit)-[:PART_OF]->(parent)`,
    { rows: institutions.map((i) => ({ id: i.id, parent: i.parent ?? null })) },
  );
}

export async function writeCounties(tx: ManagedTransaction, { counties }: SeedData): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (c:County {id: row.id}) SET c = row", {
    rows: counties.map((c) => ({
      id: c.id,
      number: c.number,
      name: c.name,
      names: nameForms(c.name),
      sources: sourcesOf(c),
    })),
  });
}

export async function writeMunicipalities(tx: ManagedTransaction, { municipalities }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (m:Municipality {id: row.id})
     SET m = row.properties
     WITH m, row
     OPTIONAL MATCH (m)-[old:IN_COUNTY]->()
     DELETE old
     WITH DISTINCT m, row
     MATCH (county:County {id: row.county})
     MERGE (m)-[:IN_COUNTY]->(county)`,
    {
      rows: municipalities.map((m) => ({
        id: m.id,
        county: m.county,
        properties: { id: m.id, number: m.number, name: m.name, names: nameForms(m.name), sources: sourcesOf(m) },
      })),
    },
  );
}

export async function writeNetworks(tx: ManagedTransaction, { networks }: SeedData): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (n:Network {id: row.id}) SET n = row", {
    rows: networks.map((n) => ({
      id: n.id,
      name: n.name,
      aliases: n.aliases ?? [],
      county: n.county ?? null,
      kind: enumValue(n.kind),
      membershipStatus: enumValue(n.membership.status),
      membershipSource: n.membership.basis,
      membershipSources: sourcesOf(n.membership),
      sources: sourcesOf(n),
    })),
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (network:Network {id: row.id})
     OPTIONAL MATCH (network)-[old:HAS_MEMBER|IN_COUNTY]->()
     DELETE old
     WITH DISTINCT network, row
     CALL (network, row) {
       MATCH (county:County) WHERE row.county IN county.names
       MERGE (network)-[:IN_COUNTY]->(county)
     }
     UNWIND row.members AS memberId
     MATCH (member:Municipality {id: memberId})
     MERGE (network)-[:HAS_MEMBER]->(member)`,
    {
      rows: networks.map((n) => ({
        id: n.id,
        county: n.county ?? null,
        members: n.membership.status === "unknown" ? [] : n.membership.members,
      })),
    },
  );
}

export async function writePeople(tx: ManagedTransaction, { people }: SeedData): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (p:Person {id: row.id}) SET p = row.properties", {
    rows: people.map((p) => ({
      id: p.id,
      properties: {
        id: p.id,
        name: p.name,
        aliases: p.aliases ?? [],
        affiliationText: p.affiliationText ?? null,
        sources: sourcesOf(p),
      },
    })),
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (person:Person {id: row.id})
     OPTIONAL MATCH (person)-[old:AFFILIATED_WITH]->()
     DELETE old
     WITH DISTINCT person, row WHERE row.affiliation IS NOT NULL
     MATCH (institution:Institution {id: row.affiliation})
     MERGE (person)-[:AFFILIATED_WITH]->(institution)`,
    { rows: people.map((p) => ({ id: p.id, affiliation: p.affiliation ?? null })) },
  );
}

/** The partnership table: the seed owns every SUPPORTS relationship of the people it names. */
export async function writeSupports(tx: ManagedTransaction, { people, supports }: SeedData): Promise<void> {
  await tx.run("UNWIND $ids AS id MATCH (:Person {id: id})-[old:SUPPORTS]->() DELETE old", {
    ids: people.map((p) => p.id),
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (person:Person {id: row.person}), (network:Network {id: row.network})
     CREATE (person)-[:SUPPORTS {role: row.role, schemes: row.schemes, institution: row.institution, note: row.note, source: row.source}]->(network)`,
    {
      rows: supports.map((s) => ({
        person: s.person,
        network: s.network,
        institution: s.institution,
        role: enumValue(s.role),
        schemes: s.schemes,
        note: s.note ?? null,
        source: sourcesOf(s).join("; "),
      })),
    },
  );
}

export async function writeWorkingGroups(tx: ManagedTransaction, { workingGroups }: SeedData): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (group:WorkingGroup {id: row.id})
     SET group = row.properties
     WITH group, row
     OPTIONAL MATCH (group)-[oldWork:WORKS_ON]->()
     DELETE oldWork
     WITH DISTINCT group, row
     OPTIONAL MATCH (group)<-[oldMember:MEMBER_OF]-()
     DELETE oldMember
     WITH DISTINCT group, row
     MATCH (initiative:Initiative {id: row.initiative})
     MERGE (group)-[:WORKS_ON]->(initiative)
     WITH group, row
     UNWIND row.members AS member
     MATCH (person:Person {id: member.person})
     MERGE (person)-[m:MEMBER_OF]->(group)
     SET m.representing = member.representing`,
    {
      rows: workingGroups.map((g) => ({
        id: g.id,
        initiative: g.initiative,
        members: g.members,
        properties: { id: g.id, name: g.name, aliases: g.aliases ?? [], sources: sourcesOf(g) },
      })),
    },
  );
}
