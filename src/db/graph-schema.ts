import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, type ObjectTypeDefinitionNode, parse } from "graphql";
import type { Driver } from "neo4j-driver";
import { schemaDir } from "../graphql/type-defs.js";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The node label of each @node type in the SDL that has an `id` field. */
export function labelsWithId(typeDefs: string): string[] {
  return parse(typeDefs)
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((type) => type.directives?.some((d) => d.name.value === "node"))
    .filter((type) => type.fields?.some((f) => f.name.value === "id"))
    .map((type) => {
      const node = type.directives?.find((d) => d.name.value === "node");
      const labels = node?.arguments?.find((a) => a.name.value === "labels")?.value;
      const first = labels?.kind === Kind.LIST ? labels.values[0] : undefined;
      return first?.kind === Kind.STRING ? first.value : type.name.value;
    });
}

/** The index statements of schema/indexes.cypher, comments and blank lines left out. */
export function indexStatements(): string[] {
  return readFileSync(path.join(schemaDir, "indexes.cypher"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
}

/**
 * One uniqueness constraint on `id` per node label, and the indexes of
 * schema/indexes.cypher, created idempotently. Labels are schema identifiers, never
 * input, and Cypher cannot take a label as a parameter.
 */
export async function applyGraphSchema(driver: Driver, database: string, typeDefs: string): Promise<string[]> {
  const labels = labelsWithId(typeDefs);
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
