import type { QueryResolvers } from "../generated/analysis-resolvers.js";
import type { AnalysisDatabase } from "./run.js";

/** What the analysis resolvers need from the GraphQL context. */
export interface AnalysisContext {
  analysis: AnalysisDatabase;
}

/**
 * The resolvers of the custom Query fields, typed from their SDL by graphql-codegen
 * (src/generated/analysis-resolvers.ts): arguments as the schema hands them over,
 * answers in the shape the schema promises.
 */
export type AnalysisResolvers = Required<QueryResolvers<AnalysisContext>>;

/**
 * How many items an analysis's answer lists, from its arguments (as execution hands
 * them over), for an analysis whose list is as long as its arguments make it.
 */
export type AnswerLength = (args: Record<string, unknown>) => number;
