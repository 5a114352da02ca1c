// Prints the executable schema that @neo4j/graphql builds from schema/*.graphql, sorted,
// so that graphql-codegen reads it and a change of the public contract shows in review.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../src/config/index.js";
import { printContract } from "../src/graphql/contract.js";

const target = path.join(projectRoot, "src", "generated", "schema.graphql");
await writeFile(target, await printContract());
console.log(`Wrote ${path.relative(projectRoot, target)}`);
