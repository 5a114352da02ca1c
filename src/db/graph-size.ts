import type { Driver } from "neo4j-driver";
import { GRAPH_VERSION_LABEL } from "./graph-version.js";

export interface GraphSize {
  nodes: number;
  relationships: number;
}

export async function graphSize(driver: Driver, database: string): Promise<GraphSize> {
  const { records } = await driver.executeQuery(
    // The graph's version is bookkeeping, not data (src/db/graph-version.ts).
    `CALL () { MATCH (n) WHERE NOT n:${GRAPH_VERSION_LABEL} RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
    {},
    { database },
  );
  const record = records[0];
  return { nodes: Number(record?.get("nodes")), relationships: Number(record?.get("relationships")) };
}
