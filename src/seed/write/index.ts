import type { Driver, ManagedTransaction } from "neo4j-driver";
import { bumpGraphVersion } from "../../db/graph-version.js";
import type { SeedData } from "../records/index.js";
import { writeAllocations, writeDeadlines, writeForums, writeMeetings } from "./write-calendar.js";
import { writeDataQualityNotes } from "./data-quality.js";
import { writeInitiatives, writeTracks } from "./write-initiatives.js";
import {
  writeCounties,
  writeInstitutions,
  writeMunicipalities,
  writeNetworks,
  writePeople,
  writeSchemes,
  writeSupports,
  writeWorkingGroups,
} from "./write-organisations.js";

/** In dependency order: a writer links only to nodes the writers before it have written. */
const writers: ((tx: ManagedTransaction, data: SeedData) => Promise<void>)[] = [
  writeSchemes,
  writeInstitutions,
  writeCounties,
  writeMunicipalities,
  writeNetworks,
  writePeople,
  writeSupports,
  writeInitiatives,
  writeTracks,
  writeWorkingGroups,
  writeForums,
  writeMeetings,
  writeDeadlines,
  writeAllocations,
  writeDataQualityNotes,
];

/**
 * Writes validated seed data in one transaction, so that a load that fails or is
 * interrupted leaves the previous graph as it was. `reset` replaces the graph: afterwards
 * it holds exactly the seed data.
 *
 * A reset deletes the old graph last, not first: node deletions early in a transaction
 * make every later index lookup in it slow (with a national-scale graph, minutes instead
 * of seconds). So it marks every node and relationship, lets the writers MERGE, and then
 * deletes what is still marked. The writers clear the marks: each replaces the properties
 * of the nodes it writes (SET n = ...) and deletes their old relationships before it
 * creates the new ones.
 */
export async function writeSeeds(
  driver: Driver,
  database: string,
  data: SeedData,
  reset: boolean,
  progress: (detail: string) => void = () => undefined,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      if (reset) {
        await tx.run("MATCH (n) SET n.staleBeforeReset = true");
        await tx.run("MATCH ()-[r]->() SET r.staleBeforeReset = true");
      }
      for (const [done, write] of writers.entries()) {
        await write(tx, data);
        progress(`${done + 1} of ${writers.length} kinds of record written`);
      }
      if (reset) {
        await tx.run("MATCH ()-[r]->() WHERE r.staleBeforeReset DELETE r");
        await tx.run("MATCH (n) WHERE n.staleBeforeReset DETACH DELETE n");
      }
      await bumpGraphVersion(tx);
    });
  } finally {
    await session.close();
  }
}
