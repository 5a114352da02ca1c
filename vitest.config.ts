import { configDefaults, defineConfig } from "vitest/config";

// Three levels, each with its own command: unit (no database), integration (a real Neo4j)
// and browser (Chromium against the real service). `npm test` runs them in that order.
const database = {
  // One Neo4j serves every file of both database levels; files run one after another.
  globalSetup: ["test/support/global-setup.ts"],
  fileParallelism: false,
  testTimeout: 60_000,
  // A cold Maven cache makes the first start of the test Neo4j take minutes.
  hookTimeout: 600_000,
};

export default defineConfig({
  resolve: {
    // One graphql instance: Node (and so @neo4j/graphql) loads its CommonJS entry, Vite would take index.mjs.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    projects: [
      {
        extends: true,
        // No database, no Java: pure code, in seconds (`npm run test:unit`).
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
          exclude: [...configDefaults.exclude, "test/unit/**", "test/web/**"],
          ...database,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/web/**/*.test.ts"],
          ...database,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
