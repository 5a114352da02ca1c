import { ConfigError, loadConfig } from "./config/index.js";
import { startService } from "./service.js";

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  const service = await startService(config, log);
  log(`kompetansegraf is serving GraphQL at ${service.url}`);
  log(`Kompetansekart, the dashboard, is at ${new URL("/", service.url).href}`);

  let stopping = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: shutting down`);
    try {
      await service.close();
      log("kompetansegraf has stopped");
      process.exit(0);
    } catch (error) {
      console.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  };
  process.on("SIGINT", shutDown);
  process.on("SIGTERM", shutDown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
