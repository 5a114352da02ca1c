// The one reader of schema/: the SDL by domain area, the analyses' Cypher and the index
// statements. It sits on the ground floor, so that the database, the analyses, the
// benchmark and the GraphQL server all read the same files the same way.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Kind, type ObjectTypeDefinitionNode, parse } from "graphql";
import { projectRoot } from "./config/index.js";

const schemaDir = path.join(projectRoot, "schema");

/** The SDL of every .graphql file under schema/ (or one of its folders), in path order so the result is stable. */
function readSdl(folder: string): string {
  const dir = path.join(schemaDir, folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}

/** The graph's SDL: every .graphql file under schema/. */
export function loadTypeDefs(): string {
  return readSdl("");
}

/** The custom Query fields: those of schema/analysis/, each answered by an analysis's resolver. */
export function analysisQueryFields(): string[] {
  return parse(readSdl("analysis"))
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((type) => type.name.value === "Query")
    .flatMap((type) => type.fields?.map((field) => field.name.value) ?? []);
}

/** The @node types of the SDL: the types whose nodes the graph holds and @neo4j/graphql resolves. */
export function nodeTypeDefinitions(typeDefs: string): ObjectTypeDefinitionNode[] {
  return parse(typeDefs)
    .definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .filter((type) => type.directives?.some((d) => d.name.value === "node"));
}

/** The node label of each @node type in the SDL that has an `id` field. */
export function labelsWithId(): string[] {
  return nodeTypeDefinitions(loadTypeDefs())
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

const analysisStatements = new Map<string, string>();

/** A line that stands for a shared part of several analyses, schema/analysis/fragments/<name>.cypher. */
const INCLUDE = /^\/\/ include (fragments\/[a-z-]+\.cypher)$/gm;

/**
 * The Cypher of an analysis, schema/analysis/<name>.cypher, read once, with each
 * fragment it includes in place: a fact that several analyses decide alike (such as the
 * coverage rule) is written once. Only files of schema/ are ever put together.
 */
export function analysisCypher(name: string): string {
  let cypher = analysisStatements.get(name);
  if (cypher === undefined) {
    const folder = path.join(schemaDir, "analysis");
    cypher = readFileSync(path.join(folder, `${name}.cypher`), "utf8").replace(INCLUDE, (_, fragment: string) =>
      readFileSync(path.join(folder, fragment), "utf8").trimEnd(),
    );
    analysisStatements.set(name, cypher);
  }
  return cypher;
}
