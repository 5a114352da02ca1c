import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/index.js";

export const schemaDir = path.join(projectRoot, "schema");

/** The graph's SDL: every .graphql file under schema/, in path order so the result is stable. */
export function loadTypeDefs(): string {
  return readdirSync(schemaDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(schemaDir, file), "utf8"))
    .join("\n");
}
