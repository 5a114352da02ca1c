// `npm run neo4j -- start|stop`: the local Neo4j on its own, e.g. for cypher-shell or a debugger.
import { loadConfig } from "../../config/index.js";
import { failCli } from "../../process/cli.js";
import { startLocalNeo4j, stopLocalNeo4j } from "./server.js";

const USAGE = "Usage: npm run neo4j -- start|stop";
const log = (line: string) => console.log(line);
const [action] = process.argv.slice(2);

try {
  const { localNeo4j } = loadConfig();
  if (action === "start") {
    const server = await startLocalNeo4j(localNeo4j, log);
    log(`Neo4j is ready on ${server.target.uri} (pid ${server.pid}); stop it with: npm run neo4j -- stop`);
  } else if (action === "stop") {
    await stopLocalNeo4j(localNeo4j, log);
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (error) {
  failCli(error, USAGE);
}
