import type { ManagedTransaction } from "neo4j-driver";
import { nameForms, type SeedData, sourcesOf } from "../records/index.js";
import { setLinks, targets } from "./links.js";
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
  await setLinks(
    tx,
    "institutionParent",
    institutions.map((i) => ({ id: i.id, targets: targets(i.parent) })),
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
  await tx.run("UNWIND $rows AS row MERGE (m:Municipality {id: row.id}) SET m = row", {
    rows: municipalities.map((m) => ({
      id: m.id,
      number: m.number,
      name: m.name,
      names: nameForms(m.name),
      sources: sourcesOf(m),
    })),
  });
  await setLinks(
    tx,
    "municipalityCounty",
    municipalities.map((m) => ({ id: m.id, targets: [m.county] })),
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
  // The county is named, not given by id: it is the county with that name.
  await tx.run(
    `UNWIND $rows AS row
     MATCH (network:Network {id: row.id})
     OPTIONAL MATCH (network)-[old:IN_COUNTY]->()
     DELETE old
     WITH DISTINCT network, row
     MATCH (county:County) WHERE row.county IN county.names
     MERGE (network)-[:IN_COUNTY]->(county)`,
    { rows: networks.map((n) => ({ id: n.id, county: n.county ?? null })) },
  );
  await setLinks(
    tx,
    "networkMembers",
    networks.map((n) => ({ id: n.id, targets: n.membership.status === "unknown" ? [] : n.membership.members })),
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
  await setLinks(
    tx,
    "personAffiliation",
    people.map((p) => ({ id: p.id, targets: targets(p.affiliation) })),
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
  await tx.run("UNWIND $rows AS row MERGE (group:WorkingGroup {id: row.id}) SET group = row", {
    rows: workingGroups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases ?? [], sources: sourcesOf(g) })),
  });
  await setLinks(
    tx,
    "workingGroupInitiative",
    workingGroups.map((g) => ({ id: g.id, targets: [g.initiative] })),
  );
  // Membership says whom each member represents: the seed owns every MEMBER_OF of its groups.
  await tx.run(
    `UNWIND $rows AS row
     MATCH (group:WorkingGroup {id: row.id})
     OPTIONAL MATCH (group)<-[old:MEMBER_OF]-()
     DELETE old
     WITH DISTINCT group, row
     UNWIND row.members AS member
     MATCH (person:Person {id: member.person})
     MERGE (person)-[m:MEMBER_OF]->(group)
     SET m.representing = member.representing`,
    { rows: workingGroups.map((g) => ({ id: g.id, members: g.members })) },
  );
}
