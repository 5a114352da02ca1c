import type { Driver } from "neo4j-driver";
import { indexStatements, labelsWithId } from "../schema-files.js";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * One uniqueness constraint on `id` per node label, and the indexes of
 * schema/indexes.cypher, created idempotently. Labels are schema identifiers, never
 * input, and Cypher cannot take a label as a parameter.
 */
export async function applyGraphSchema(driver: Driver, database: string): Promise<string[]> {
  const labels = labelsWithId();
  for (const label of labels) {
    if (!IDENTIFIER.test(label)) throw new Error(`Cannot create a constraint for the label "${label}"`);
    await driver.executeQuery(
      `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:\`${label}\`) REQUIRE n.id IS UNIQUE`,
      {},
      { database },
    );
  }
  for (const statement of indexStatements()) await driver.executeQuery(statement, {}, { database });
  return labels;
}
