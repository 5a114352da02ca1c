import type { Driver, ManagedTransaction } from "neo4j-driver";
import { type SeedData, sourcesOf } from "./records.js";

type Writer = (tx: ManagedTransaction, data: SeedData) => Promise<unknown>;

/** One writer per kind, in dependency order; each is one UNWIND statement, idempotent by id. */
const writers: Writer[] = [
  (tx, { schemes }) =>
    tx.run(
      "UNWIND $rows AS row MERGE (s:Scheme {id: row.id}) SET s = row",
      {
        rows: schemes.map((s) => ({
          id: s.id,
          name: s.name,
          fullName: s.fullName ?? null,
          sector: s.sector ?? null,
          sources: sourcesOf(s),
        })),
      },
    ),
];

/**
 * Writes validated seed data in one transaction, so that a load that fails or is
 * interrupted leaves the previous graph as it was. `reset` empties the graph first.
 */
export async function writeSeeds(driver: Driver, database: string, data: SeedData, reset: boolean): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      if (reset) await tx.run("MATCH (n) DETACH DELETE n");
      for (const write of writers) await write(tx, data);
    });
  } finally {
    await session.close();
  }
}
