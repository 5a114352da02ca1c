import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Log, longStep } from "../../progress.js";
import { MissingProgramError, runCommand } from "./run-command.js";

const COMPLETE_MARKER = ".complete";

function pomFor(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by kompetansegraf: resolves the Neo4j Community server and its Bolt connector. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>kompetansegraf.local</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`;
}

/**
 * Returns the folder holding the Neo4j Community jars for `version`, fetching them with
 * Maven on first use. Several processes may race on a cold cache: each downloads into
 * its own folder and the first rename wins.
 */
export async function ensureNeo4jJars(cacheDir: string, version: string, log: Log): Promise<string> {
  const versionDir = path.join(cacheDir, version);
  const libDir = path.join(versionDir, "lib");
  if (existsSync(path.join(libDir, COMPLETE_MARKER))) return libDir;

  const workDir = path.join(versionDir, `fetch-${process.pid}-${Date.now()}`);
  await mkdir(workDir, { recursive: true });
  try {
    await writeFile(path.join(workDir, "pom.xml"), pomFor(version));
    const title = `Fetching Neo4j Community ${version} with Maven (first run only; a few minutes on a cold cache)`;
    const jars = await longStep(
      log,
      title,
      async (progress) => {
        let downloaded = 0;
        let copied = 0;
        const result = await runCommand(
          "mvn",
          ["-B", "dependency:copy-dependencies", "-DincludeScope=runtime", "-DoutputDirectory=lib"],
          {
            cwd: workDir,
            // Maven says each file it downloads and each jar it copies: that is how far along it is.
            onLine: (line) => {
              if (/^\[INFO\] Downloaded from /.test(line)) downloaded++;
              else if (/^\[INFO\] Copying \S+\.jar /.test(line)) copied++;
              else return;
              progress(`${downloaded} files downloaded, ${copied} jars copied`);
            },
          },
        ).catch((error: unknown) => {
          if (error instanceof MissingProgramError) {
            throw new Error(
              "Maven (mvn) is needed to fetch Neo4j for the local database: install Maven 3 and Java 17+, or set NEO4J_URI to an existing Neo4j",
              { cause: error },
            );
          }
          throw error;
        });
        if (result.code !== 0) {
          throw new Error(
            `Maven could not fetch org.neo4j:neo4j:${version} (exit ${result.code}):\n${result.output.trim()}`,
          );
        }
        return copied;
      },
      (copied) => `${copied} jars`,
    );
    await writeFile(path.join(workDir, "lib", COMPLETE_MARKER), `org.neo4j:neo4j:${version} (${jars} jars)\n`);
    try {
      await rename(path.join(workDir, "lib"), libDir);
    } catch (error) {
      // Another process finished first; its copy is as good as ours.
      if (!existsSync(path.join(libDir, COMPLETE_MARKER))) throw error;
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return libDir;
}
