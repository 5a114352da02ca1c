import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { MembershipChange, NoteChange, SheetChange, SupportChange } from "./changes.js";
import { bumpGraphVersion, type GraphVersion } from "../../db/graph-version.js";

/**
 * Writes what a spreadsheet changes, in one transaction: memberships (status, sources and
 * exactly the listed members, as the seed writes them), supports (created, updated or
 * removed, as the seed writes them) and the proposed data-quality notes. Records that do
 * not change are not touched, so that a reviewed record keeps its sources.
 */
export async function writeSheetChanges(driver: Driver, database: string, changes: readonly SheetChange[]) {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => writeSheetChangesIn(tx, changes));
  } finally {
    await session.close();
  }
}

/**
 * writeSheetChanges's writes, in a transaction the caller holds (an upload's commit checks its
 * preview first); returns the graph's version they move to.
 */
export async function writeSheetChangesIn(
  tx: ManagedTransaction,
  changes: readonly SheetChange[],
): Promise<GraphVersion> {
  const pending = <T extends SheetChange>(kind: T["kind"]) =>
    changes.filter((c): c is T => c.kind === kind && c.action !== "unchanged");
  await writeMemberships(tx, pending<MembershipChange>("membership"));
  await writeSupports(tx, pending<SupportChange>("support"));
  await writeNotes(tx, pending<NoteChange>("note"));
  // Cached answers of the old graph must not be served after this (docs/cache.md).
  return bumpGraphVersion(tx);
}

async function writeMemberships(tx: ManagedTransaction, changes: MembershipChange[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MATCH (network:Network {id: row.id})
     SET network.membershipStatus = 'LISTED', network.membershipSource = row.source,
         network.membershipSources = row.sources
     WITH network, row
     OPTIONAL MATCH (network)-[old:HAS_MEMBER]->(m:Municipality) WHERE NOT m.id IN row.members
     DELETE old
     WITH DISTINCT network, row
     UNWIND row.members AS memberId
     MATCH (member:Municipality {id: memberId})
     MERGE (network)-[:HAS_MEMBER]->(member)`,
    { rows: changes.map((c) => ({ id: c.network, source: c.source, sources: c.sources, members: c.members })) },
  );
}

async function writeSupports(tx: ManagedTransaction, changes: SupportChange[]): Promise<void> {
  const key = (c: SupportChange) => ({
    person: c.support.person,
    network: c.support.network,
    institution: c.support.institution,
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (:Person {id: row.person})-[s:SUPPORTS {institution: row.institution}]->(:Network {id: row.network})
     DELETE s`,
    { rows: changes.filter((c) => c.action === "remove").map(key) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (person:Person {id: row.person}), (network:Network {id: row.network})
     MERGE (person)-[s:SUPPORTS {institution: row.institution}]->(network)
     SET s.role = row.role, s.schemes = row.schemes, s.note = row.note, s.source = row.source`,
    {
      rows: changes
        .filter((c) => c.action === "create" || c.action === "update")
        .map((c) => ({
          ...key(c),
          role: c.support.role,
          schemes: c.support.schemes,
          note: c.support.note,
          source: c.source,
        })),
    },
  );
}

async function writeNotes(tx: ManagedTransaction, changes: NoteChange[]): Promise<void> {
  await tx.run("UNWIND $rows AS row MERGE (n:DataQualityNote {id: row.id}) SET n = row", {
    rows: changes.map((c) => ({ ...c.note, origin: "import" })),
  });
}
