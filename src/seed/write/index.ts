import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { SeedData } from "../records/index.js";
import { writeAllocations, writeDeadlines, writeForums, writeMeetings } from "./calendar.js";
import { writeDataQualityNotes } from "./data-quality.js";
import { writeInitiatives, writeTracks } from "./initiatives.js";
import {
  writeInstitutions,
  writeMunicipalities,
  writeNetworks,
  writePeople,
  writeSchemes,
  writeSupports,
  writeWorkingGroups,
} from "./organisations.js";

/** In dependency order: a writer links only to nodes the writers before it have written. */
const writers: ((tx: ManagedTransaction, data: SeedData) => Promise<void>)[] = [
  writeSchemes,
  writeInstitutions,
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
