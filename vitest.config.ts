import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql instance: Node (and so @neo4j/graphql) loads its CommonJS entry, Vite would take index.mjs.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // One Neo4j serves every file; files run one after another and each prepares its own data.
    globalSetup: ["test/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    // A cold Maven cache makes the first start of the test Neo4j take minutes.
    hookTimeout: 600_000,
  },
});
