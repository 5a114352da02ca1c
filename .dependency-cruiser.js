// The layers of the service (README, "Where things live"): each imports only from its
// own layer or the ones below it, and no module imports itself round a cycle.
// `npm run lint` runs this check.
const FOUNDATION = "^src/(config|text|generated|process)/|^src/(progress|schema-files)[.]ts$";
const DATABASE = "^src/db/";
const DOMAIN = "^src/(analysis|calendar|seed|import|bench)/";
const SERVER = "^src/(graphql|web|http|cache)/";
const ENTRY = "^src/(service|main)[.]ts$|^scripts/|^test/";

const LAYERED = [FOUNDATION, DATABASE, DOMAIN, SERVER, ENTRY].join("|");

const below = (name, layer, higher) => ({
  name,
  comment: `${name.split("-")[0]} imports only from its own layer and the ones below`,
  severity: "error",
  from: { path: layer },
  to: { path: higher.join("|") },
});

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "a cycle of imports, type-only ones included",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    below("foundation-above", FOUNDATION, [DATABASE, DOMAIN, SERVER, ENTRY]),
    below("database-above", DATABASE, [DOMAIN, SERVER, ENTRY]),
    below("domain-above", DOMAIN, [SERVER, ENTRY]),
    below("server-above", SERVER, [ENTRY]),
    {
      name: "unlayered",
      comment: "every module of src/ belongs to a layer: add a new folder to one above",
      severity: "error",
      from: {},
      to: { path: "^src/", pathNot: LAYERED },
    },
    {
      name: "unlayered-importer",
      comment: "every module of src/ belongs to a layer: add a new folder to one above",
      severity: "error",
      from: { path: "^src/", pathNot: LAYERED },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a cycle of types is a cycle of meaning.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
