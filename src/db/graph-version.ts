import type { Driver, ManagedTransaction, Transaction } from "neo4j-driver";

/**
 * The graph's version: one (:GraphVersion {key: "graph"}) node whose number every write
 * path moves inside its own transaction (bumpGraphVersion), so that an answer cached under
 * one version is never served for a graph that has changed since. The epoch is drawn when
 * the node is created, so that a graph rebuilt from scratch (a seed reset deletes the node
 * with everything else) never repeats a version an instance has cached answers under.
 */
export interface GraphVersion {
  epoch: string;
  number: number;
}

/** What a graph that no versioned write has touched yet reads as. */
export const UNVERSIONED: GraphVersion = { epoch: "none", number: 0 };

/** The cache key of a version. */
export const versionKey = (version: GraphVersion) => `${version.epoch}:${version.number}`;

export const GRAPH_VERSION_LABEL = "GraphVersion";

/**
 * Moves the graph's version, inside the caller's write transaction, and returns the new
 * one. Call it last, after the transaction's other writes: a seed reset deletes every node
 * it did not write, this one too. Reading the number on the right of SET makes Neo4j lock
 * the node first, so concurrent writes are counted one after the other, never lost.
 */
export async function bumpGraphVersion(tx: ManagedTransaction | Transaction): Promise<GraphVersion> {
  const result = await tx.run(
    `MERGE (v:GraphVersion {key: 'graph'})
     ON CREATE SET v.epoch = randomUUID(), v.number = 0
     SET v.number = v.number + 1
     RETURN v.epoch AS epoch, v.number AS number`,
  );
  return versionOf(result.records[0]?.toObject());
}

/** The graph's version as committed; UNVERSIONED when no versioned write has been made. */
export async function readGraphVersion(driver: Driver, database: string): Promise<GraphVersion> {
  const { records } = await driver.executeQuery(
    "MATCH (v:GraphVersion {key: 'graph'}) RETURN v.epoch AS epoch, v.number AS number",
    {},
    { database, routing: "READ" },
  );
  const row = records[0]?.toObject();
  return row ? versionOf(row) : UNVERSIONED;
}

function versionOf(row: Record<string, unknown> | undefined): GraphVersion {
  if (typeof row?.epoch !== "string") throw new Error("The graph's version node has no epoch");
  return { epoch: row.epoch, number: Number(row.number) };
}

/** For a write that ran on its own (npm run cypher): moves the version in a transaction of its own, after it. */
export async function moveGraphVersion(driver: Driver, database: string): Promise<GraphVersion> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => bumpGraphVersion(tx));
  } finally {
    await session.close();
  }
}
