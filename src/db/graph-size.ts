import type { Driver } from "neo4j-driver";

export interface GraphSize {
  nodes: number;
  relationships: number;
}

export async function graphSize(driver: Driver, database: string): Promise<GraphSize> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database },
  );
  const record = records[0];
  return { nodes: Number(record?.get("nodes")), relationships: Number(record?.get("relationships")) };
}
