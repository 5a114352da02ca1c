// The layers of the service (README, "Where things live"): each imports only from its
// own layer or the ones below it, and no module imports itself round a cycle. The
// dashboard (web/src) has its own: shared code → pages → the app, each page a room of
// its own. `npm run lint` runs this check.
const FOUNDATION = "^src/(config|text|generated|process)/|^src/(progress|schema-files)[.]ts$";
const DATABASE = "^src/db/";
const DOMAIN = "^src/(analysis|calendar|seed|import|bench)/";
const SERVER = "^src/(graphql|http|cache)/";
const ENTRY = "^src/(service|main)[.]ts$|^scripts/|^test/";

const LAYERED = [FOUNDATION, DATABASE, DOMAIN, SERVER, ENTRY].join("|");

/** The one module of the service the dashboard compiles: the import answer's types, which import nothing. */
const SHARED_TYPES = "^src/import/upload/answer-types[.]ts$";

const below = (name, layer, higher) => ({
  name,
  comment: `${name.split("-")[0]} imports only from its own layer and the ones below`,
  severity: "error",
  from: { path: layer },
  to: { path: higher.join("|") },
});

// Inside src/import no import runs back up between a folder and its parent: the readers of
// file formats (documents/) serve the plan readers at the top level, on which the
// spreadsheet readers and the upload build; the CLI, an entry point, sits above them all.
const IMPORT_ROOM = [
  ["documents", "^src/import/documents/"],
  ["plans", "^src/import/(?!cli[.]ts$)[^/]+[.]ts$"],
  ["spreadsheets", "^src/import/spreadsheets/"],
  ["upload", "^src/import/upload/"],
  ["cli", "^src/import/cli[.]ts$"],
];
const importRoom = [
  ...IMPORT_ROOM.slice(0, -1).map(([name, path], i) => ({
    name: `import-${name}-above`,
    comment: `src/import: ${name} imports from no part of the room above it (IMPORT_ROOM)`,
    severity: "error",
    from: { path },
    to: {
      path: IMPORT_ROOM.slice(i + 1)
        .map(([, higher]) => higher)
        .join("|"),
    },
  })),
  {
    name: "import-unplaced",
    comment: "every module of src/import belongs to a part of IMPORT_ROOM: add a new folder there",
    severity: "error",
    from: { path: "^src/import/", pathNot: IMPORT_ROOM.map(([, path]) => path).join("|") },
    to: {},
  },
];

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
      name: "graphql-to-http",
      comment: "GraphQL knows nothing of HTTP: src/http/ sits above src/graphql/ and imports it, never the reverse",
      severity: "error",
      from: { path: "^src/graphql/" },
      to: { path: "^src/http/" },
    },
    {
      name: "server-to-http",
      comment: "HTTP is the server's top room: the response cache, like GraphQL, never imports src/http/",
      severity: "error",
      from: { path: "^src/(graphql|cache)/" },
      to: { path: "^src/http/" },
    },
    {
      name: "graphql-to-express",
      comment: "Express and its middleware are src/http/'s: GraphQL's room knows nothing of them",
      severity: "error",
      from: { path: "^src/graphql/" },
      to: {
        dependencyTypes: ["npm"],
        path: "node_modules/(express|@as-integrations/express5|cors|compression|busboy)/",
      },
    },
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
    {
      name: "web-page-to-page",
      comment: "a page imports no other page: what two pages need lives in web/src/shared/",
      severity: "error",
      from: { path: "^web/src/pages/([^/]+)/" },
      to: { path: "^web/src/pages/", pathNot: "^web/src/pages/$1/" },
    },
    {
      name: "web-page-to-app",
      comment: "a page takes shared code from web/src/shared/ only; the app sits above the pages",
      severity: "error",
      from: { path: "^web/src/pages/" },
      to: { path: "^web/src/(app|graphiql)/|^web/src/main[.]tsx$" },
    },
    {
      name: "web-shared-above",
      comment: "shared code imports no page and not the app",
      severity: "error",
      from: { path: "^web/src/(shared|generated)/" },
      to: { path: "^web/src/(pages|app|graphiql)/|^web/src/main[.]tsx$" },
    },
    {
      name: "web-to-service",
      comment: "the dashboard runs in a browser: of the service it compiles only the answer types, never its code",
      severity: "error",
      from: { path: "^web/" },
      to: { path: "^(src|scripts|test)/", pathNot: SHARED_TYPES },
    },
    {
      name: "shared-types-import",
      comment: "the types the dashboard compiles too import nothing, so that no server code follows them",
      severity: "error",
      from: { path: SHARED_TYPES },
      to: {},
    },
    {
      name: "service-to-web",
      comment: "the service does not import the dashboard (the tests may, for its generated documents)",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^web/" },
    },
    ...importRoom,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a cycle of types is a cycle of meaning.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // The dashboard's modules are .tsx, imported without an extension.
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
  },
};
