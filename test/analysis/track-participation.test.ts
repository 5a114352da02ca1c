// Participation is not in the documents yet; a coordinator's edit of seeds/ records it.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { TrackParticipationDocument } from "../../src/generated/operations.js";
import { loadSeeds, seedDir } from "../../src/seed/index.js";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";

const api = useSeededGraph();

describe("trackParticipation with participation recorded", () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-tracks-")), "seeds");
    await cp(seedDir, dir, { recursive: true });
    const file = path.join(dir, "joint-measures.yaml");
    const document = YAML.parseDocument(await readFile(file, "utf8"));
    document.setIn(["tracks", 0, "participants"], []);
    document.setIn(["tracks", 2, "participants"], ["fosen", "trondelag-sorvest"]);
    await writeFile(file, document.toString());
    await loadSeeds(api.driver, testTarget().database, { dir, reset: true });
  });

  it("tells a track with no participants from one where participation is not recorded", async () => {
    const { trackParticipation } = await api.query(TrackParticipationDocument);
    expect(
      trackParticipation.map((t) => [t.trackId, t.participationRecorded, t.networks?.map((n) => n.name) ?? null]),
    ).toEqual([
      ["spor-1", true, []],
      ["spor-2", false, null],
      ["spor-3", true, ["Fosen", "Trøndelag sørvest"]],
    ]);
  });
});
