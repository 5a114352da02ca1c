import path from "node:path";

export interface Neo4jConfOptions {
  home: string;
  libDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

/** JVM flags from the neo4j.conf that Neo4j ships; the bootloader passes them on. */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+AlwaysPreTouch",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
];

/**
 * The whole neo4j.conf of a local server, rewritten at every start so that it always
 * follows the LOCAL_NEO4J_* configuration. Bolt listens on loopback only; HTTP is off.
 */
export function renderNeo4jConf(o: Neo4jConfOptions): string {
  const dir = (name: string) => path.join(o.home, name);
  const lines = [
    "# Written by kompetansegraf at every start: change LOCAL_NEO4J_* settings instead.",
    `server.directories.lib=${o.libDir}`,
    `server.directories.data=${dir("data")}`,
    `server.directories.logs=${dir("logs")}`,
    `server.directories.run=${dir("run")}`,
    `server.directories.plugins=${dir("plugins")}`,
    `server.directories.import=${dir("import")}`,
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    "server.bolt.enabled=true",
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    "server.bolt.tls_level=DISABLED",
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    "dbms.usage_report.enabled=false",
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    "db.tx_log.rotation.retention_policy=1G size",
    ...JVM_FLAGS.map((flag) => `server.jvm.additional=${flag}`),
  ];
  return `${lines.join("\n")}\n`;
}
