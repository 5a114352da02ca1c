import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { type LocalNeo4jConfig, projectRoot } from "../../config/index.js";
import { connectWhenReady, type DatabaseTarget } from "../driver.js";
import { renderNeo4jConf } from "./conf.js";
import { longStep } from "../../progress.js";
import { ensureNeo4jJars } from "./install.js";
import { MissingProgramError, runCommand } from "./run-command.js";

export interface LocalNeo4j {
  target: DatabaseTarget;
  /** False when a server for this data folder was already running and is reused. */
  startedHere: boolean;
  /** The server's process id, as its pid file says. */
  pid: number | undefined;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

const BOOTLOADER = "org.neo4j.server.startup.Neo4jCommand";
const ADMIN_TOOL = "org.neo4j.cli.AdminTool";

class LocalServer {
  constructor(
    readonly config: LocalNeo4jConfig,
    readonly libDir: string,
  ) {}

  get home(): string {
    return this.config.dataDir;
  }

  /** Runs Neo4j's own bootloader, which owns the pid file, the JVM flags and a clean stop. */
  async java(mainClass: string, args: string[]) {
    const env = {
      ...process.env,
      NEO4J_HOME: this.home,
      NEO4J_CONF: path.join(this.home, "conf"),
    };
    try {
      return await runCommand("java", ["-cp", path.join(this.libDir, "*"), mainClass, ...args], {
        env,
        detached: true,
      });
    } catch (error) {
      if (error instanceof MissingProgramError) {
        throw new Error(
          "Java 17 or newer is needed to run the local Neo4j: install it, or set NEO4J_URI to an existing Neo4j",
          {
            cause: error,
          },
        );
      }
      throw error;
    }
  }

  async prepare(): Promise<void> {
    for (const dir of ["conf", "data", "logs", "run", "plugins", "import"]) {
      await mkdir(path.join(this.home, dir), { recursive: true });
    }
    await writeFile(
      path.join(this.home, "conf", "neo4j.conf"),
      renderNeo4jConf({
        home: this.home,
        libDir: this.libDir,
        boltPort: this.config.boltPort,
        heap: this.config.heap,
        pageCache: this.config.pageCache,
      }),
    );
  }

  /** The running server's pid, or undefined; a pid file left by a crash counts as not running. */
  async runningPid(): Promise<number | undefined> {
    const pidFile = path.join(this.home, "run", "neo4j.pid");
    if (!existsSync(pidFile)) return undefined;
    const status = await this.java(BOOTLOADER, ["status"]);
    if (status.code !== 0) return undefined;
    const pid = Number.parseInt(await readFile(pidFile, "utf8"), 10);
    return Number.isFinite(pid) ? pid : undefined;
  }

  /** Before the very first start only: Neo4j takes the initial password from data/dbms/auth.ini. */
  async setInitialPassword(): Promise<void> {
    const initialised =
      existsSync(path.join(this.home, "data", "databases")) ||
      existsSync(path.join(this.home, "data", "dbms", "auth.ini"));
    if (initialised) return;
    const result = await this.java(ADMIN_TOOL, ["dbms", "set-initial-password", this.config.password]);
    if (result.code !== 0) throw new Error(`Could not set the initial Neo4j password:\n${result.output.trim()}`);
  }

  async logTail(lines = 20): Promise<string> {
    const file = path.join(this.home, "logs", "neo4j.log");
    if (!existsSync(file)) return "(no neo4j.log)";
    return (await readFile(file, "utf8")).trimEnd().split("\n").slice(-lines).join("\n");
  }
}

function displayPath(dir: string): string {
  const relative = path.relative(projectRoot, dir);
  return relative && !relative.startsWith("..") ? relative : dir;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * Starts a Neo4j Community server from the jars Maven fetched, with its data in
 * `config.dataDir`, or reuses the one already running there. Resolves once Bolt answers.
 */
export async function startLocalNeo4j(config: LocalNeo4jConfig, log: (line: string) => void): Promise<LocalNeo4j> {
  const libDir = await ensureNeo4jJars(config.cacheDir, config.version, log);
  const server = new LocalServer(config, libDir);
  const target: DatabaseTarget = {
    uri: `bolt://127.0.0.1:${config.boltPort}`,
    username: "neo4j",
    password: config.password,
    database: "neo4j",
  };
  const relativeHome = displayPath(server.home);

  let pid = await server.runningPid();
  const startedHere = pid === undefined;
  if (startedHere) {
    if (!(await portIsFree(config.boltPort))) {
      throw new Error(
        `Port ${config.boltPort} is already in use by another program, so the local Neo4j cannot listen there: ` +
          "set LOCAL_NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the server that listens on it",
      );
    }
    await server.prepare();
    await server.setInitialPassword();
    const started = await longStep(
      log,
      `Starting local Neo4j ${config.version} on ${target.uri} (data in ${relativeHome})`,
      () => server.java(BOOTLOADER, ["start"]),
      (result) => (result.code === 0 ? "started" : `exit ${result.code}`),
    );
    if (started.code !== 0) {
      throw new Error(
        `The local Neo4j did not start (exit ${started.code}):\n${started.output.trim()}\n${await server.logTail()}`,
      );
    }
    pid = await server.runningPid();
  } else {
    log(`Reusing the local Neo4j already running on ${target.uri} (pid ${pid}, data in ${relativeHome})`);
  }

  const stop = async () => {
    if (!startedHere) return;
    const stopped = await server.java(BOOTLOADER, ["stop"]);
    if (stopped.code !== 0) throw new Error(`The local Neo4j did not stop cleanly:\n${stopped.output.trim()}`);
  };

  try {
    const driver = await connectWhenReady(
      target,
      config.startTimeoutMs,
      `See ${path.join(relativeHome, "logs", "neo4j.log")}. If the data folder was created with another password, ` +
        `set NEO4J_PASSWORD to that one or delete ${relativeHome}.`,
    );
    await driver.close();
  } catch (error) {
    const tail = await server.logTail();
    await stop().catch(() => undefined);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nLast lines of neo4j.log:\n${tail}`, {
      cause: error,
    });
  }
  return { target, startedHere, pid, stop };
}

/** Stops the local server for this data folder, whoever started it. */
export async function stopLocalNeo4j(config: LocalNeo4jConfig, log: (line: string) => void): Promise<void> {
  const server = new LocalServer(config, await ensureNeo4jJars(config.cacheDir, config.version, log));
  if ((await server.runningPid()) === undefined) {
    log("The local Neo4j is not running");
    return;
  }
  const stopped = await server.java(BOOTLOADER, ["stop"]);
  if (stopped.code !== 0) throw new Error(`The local Neo4j did not stop cleanly:\n${stopped.output.trim()}`);
  log("The local Neo4j has stopped");
}
