import type { AnalysisDatabase } from "./run.js";

/** What the analysis resolvers need from the GraphQL context. */
export interface AnalysisContext {
  analysis: AnalysisDatabase;
}
