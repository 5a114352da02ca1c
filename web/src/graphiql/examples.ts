import { Kind, parse } from "graphql";
// Built in, so the tabs are the README's queries of the build, with no request at run time.
import readme from "../../../README.md?raw";

/**
 * One tab per named operation of the README's ```graphql blocks (Example queries, Analyses),
 * each with the comment lines above it.
 */
export function readmeExamples(text: string = readme): { query: string }[] {
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap(([, block = ""]) => {
    let from = 0;
    return parse(block).definitions.flatMap((definition) => {
      const start = from;
      from = definition.loc?.end ?? block.length;
      return definition.kind === Kind.OPERATION_DEFINITION ? [{ query: `${block.slice(start, from).trim()}\n` }] : [];
    });
  });
}
