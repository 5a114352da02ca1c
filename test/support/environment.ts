import { DEVELOPMENT_PASSWORD } from "../../src/config/index.js";

/**
 * The tests' own Neo4j: its own Bolt port and data folder, so that `npm test` runs
 * beside `npm start`. It never reads the developer's NEO4J_URI. TEST_NEO4J_BOLT_PORT and
 * TEST_NEO4J_DATA_DIR move it, so that two checkouts can test side by side.
 */
const boltPort = Number(process.env.TEST_NEO4J_BOLT_PORT ?? "17687");

export const testNeo4jEnvironment = {
  NEO4J_PASSWORD: DEVELOPMENT_PASSWORD,
  LOCAL_NEO4J_BOLT_PORT: String(boltPort),
  LOCAL_NEO4J_DATA_DIR: process.env.TEST_NEO4J_DATA_DIR ?? ".data/neo4j-test",
  LOCAL_NEO4J_HEAP: "768m",
  LOCAL_NEO4J_PAGECACHE: "256m",
} as const;

/** For the one test that starts and stops a Neo4j of its own: the port after the shared one's. */
export const lifecycleNeo4jBoltPort = String(boltPort + 1);

/**
 * Where the bookmark of this run's last seed load is kept (test/support/database.ts's
 * seedGraph); global setup removes it, so that each run loads the seed graph afresh once.
 */
export const seededMarker = `${testNeo4jEnvironment.LOCAL_NEO4J_DATA_DIR}.seeded`;
