import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql instance: Node (and so @neo4j/graphql) loads its CommonJS entry, Vite would take index.mjs.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    projects: [
      {
        extends: true,
        // No database, no Java: pure code, in seconds (`npm run test:unit`). It runs first.
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          // Generating the national graph takes seconds, longer while the test Neo4j starts beside it.
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/unit/**"],
          // One Neo4j serves every file; files run one after another and each prepares its own data.
          globalSetup: ["test/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          // A cold Maven cache makes the first start of the test Neo4j take minutes.
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
