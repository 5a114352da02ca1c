// What an upload's name and its preview may do (issue 24, items 5, 7 and 10): a name that
// holds a secret never enters the graph, any name of a readable file is stored in a safe
// form ending with what its content is, and a preview is its author's alone, who can hold
// only so many. Each row: the request, the answer, and the graph as it should be after.
import { copyFile, mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_PREVIEWS_PER_AUTHOR } from "../../src/import/upload/previews.js";
import { startProgram } from "../../src/process/program.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, seedGraph, testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, bearer, signToken } from "../support/tokens.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures");
const PLAN_TEXT = path.join(FIXTURES, "plans", "gauldal-dekom-2025-26.txt");
const PLAN_WORD = path.join(FIXTURES, "documents", "gauldal-dekom-2025-26.docx");
const MEMBERS_CSV = path.join(FIXTURES, "spreadsheets", "medlemskap-to-nettverk.csv");
const MEMBERS_XLSX = path.join(FIXTURES, "spreadsheets", "medlemskap-to-nettverk.xlsx");
const INITIATIVE = "dekom-ntnu-i-gauldalsregionen-2025-2026";

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route's JSON, checked field by field
  body: any;
}

const graph = useSeededGraph();
const service = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });
const origin = () => service.url().replace(/\/graphql$/, "");

async function upload(name: string, file: string | Buffer, headers: Record<string, string>): Promise<Answer> {
  const form = new FormData();
  form.append("file", new Blob([typeof file === "string" ? await readFile(file) : file]), name);
  const response = await fetch(`${origin()}/import`, { method: "POST", body: form, headers });
  return { status: response.status, body: await response.json() };
}

async function commit(preview: { id: string; fingerprint: string }, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${origin()}/import/${preview.id}/commit`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ fingerprint: preview.fingerprint }),
  });
  return { status: response.status, body: await response.json() };
}

/** An editor's token naming who they are. */
const editor = async (sub: string) => ({ authorization: `Bearer ${await signToken({ roles: ["editor"], sub })}` });

/** What anyone may read of a record's sources. */
async function sourcesOverHttp(): Promise<string[]> {
  const { body } = await service.post({
    query: "query ($id: ID!) { initiatives(where: { id: { eq: $id } }) { sources } }",
    variables: { id: INITIATIVE },
  });
  return body.data.initiatives[0]?.sources ?? [];
}

describe("an upload's name never carries a secret into the graph (item 5)", () => {
  it.each([
    [
      "a spreadsheet named with a passcode and a meeting ID",
      "Medlemmer Passord 8812ab Møte-ID 387 681 127 533.xlsx",
      MEMBERS_XLSX,
      "a meeting ID and a passcode",
    ],
    ["a .csv named with a meeting ID", "Møte-ID 387 681 127 533.csv", MEMBERS_CSV, "a meeting ID"],
    ["a plan named with a passcode", "Gauldal passord fRLixB2.txt", PLAN_TEXT, "a passcode"],
    ["a plan named with a meeting link", "teams.microsoft.com l meetup-join.txt", PLAN_TEXT, "a meeting link"],
  ])("%s: 400, nothing previewed, nothing written", async (_case, name, file, holds) => {
    const before = await countGraph(graph.driver);
    const answer = await upload(name, file, await bearer());
    expect(answer).toEqual({
      status: 400,
      body: {
        error: {
          code: "BAD_REQUEST",
          message: `The file's name holds ${holds}, and passcodes and meeting links are never stored: rename the file. Nothing was imported.`,
        },
      },
    });
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("a name longer than 255 characters: 400", async () => {
    const answer = await upload(`${"p".repeat(252)}.txt`, PLAN_TEXT, await bearer());
    expect([answer.status, answer.body.error]).toEqual([
      400,
      {
        code: "BAD_REQUEST",
        message:
          "The file's name is 256 characters long; at most 255 are accepted: rename the file. Nothing was imported.",
      },
    ]);
  });

  it("npm run import refuses such a name too, before the file is read, and writes nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-names-"));
    const file = path.join(dir, "Gauldal Passord 8812ab Møte-ID 387 681 127 533.txt");
    await copyFile(PLAN_TEXT, file);
    const before = await countGraph(graph.driver);
    const target = testTarget();
    const run = startProgram({ NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password }, ["src/import/cli.ts", file]);
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toContain("The file's name holds a meeting ID and a passcode");
    expect(run.output()).not.toMatch(/8812ab|387 681/);
    expect(await countGraph(graph.driver)).toEqual(before);
  });
});

describe("any name of a readable file is stored in a safe form, ending with what its content is (item 7)", () => {
  it.each([
    ["PLAN.TXT", "PLAN.txt", PLAN_TEXT],
    ["plan", "plan.txt", PLAN_TEXT],
    ["x.txt.exe", "x.txt.exe.txt", PLAN_TEXT],
    ["Plan.DOCX", "Plan.docx", PLAN_WORD],
    ["plan.pdf", "plan.pdf.docx", PLAN_WORD],
    ["  Årshjul <Gauldal> 2025|26 .txt", "Årshjul -Gauldal- 2025-26.txt", PLAN_TEXT],
    ["MEDLEMMER.CSV", "MEDLEMMER.csv", MEMBERS_CSV],
    ["medlemmer", "medlemmer.xlsx", MEMBERS_XLSX],
  ])("%j is previewed as %j", async (name, stored, file) => {
    const answer = await upload(name, file, await bearer());
    expect([answer.status, answer.body.document?.name]).toEqual([200, stored]);
  });

  it("the stored name is the one the records cite, for every reader", async () => {
    const as = await bearer();
    const preview = await upload("x.txt.exe", PLAN_TEXT, as);
    expect((await commit(preview.body.preview, as)).body.written).toBe(true);
    const sources = await sourcesOverHttp();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((source) => source.startsWith("x.txt.exe.txt"))).toBe(true);
  });

  it("npm run import stores the same name", async () => {
    await seedGraph(graph.driver);
    const dir = await mkdtemp(path.join(os.tmpdir(), "kompetansegraf-names-"));
    const file = path.join(dir, "PLAN.TXT");
    await copyFile(PLAN_TEXT, file);
    const target = testTarget();
    const run = startProgram({ NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password }, ["src/import/cli.ts", file]);
    expect([(await run.exited).code, run.output()]).toEqual([0, expect.stringContaining("Wrote to")]);
    expect((await sourcesOverHttp()).every((source) => source.startsWith("PLAN.txt"))).toBe(true);
  });
});

describe("a preview is its author's alone (item 10)", () => {
  const MEMBERS = "Nettverk;Kommune;Kommunenummer\nFosen;Indre Fosen;5054\nFosen;Ørland;5057\n";

  it.each([
    ["another editor", () => editor("anne"), () => editor("bjorn")],
    [
      "a token without sub, and another one",
      () => bearer(),
      () => signToken({ roles: ["editor"] }, { expiresIn: "6m" }).then((t) => ({ authorization: `Bearer ${t}` })),
    ],
  ])("%s cannot commit it (404, as for no preview at all); its author can", async (_case, author, other) => {
    await seedGraph(graph.driver);
    const [mine, theirs] = [await author(), await other()];
    const preview = await upload("medlemmer.csv", Buffer.from(MEMBERS), mine);
    expect(preview.status).toBe(200);
    const before = await countGraph(graph.driver);
    const stolen = await commit(preview.body.preview, theirs);
    const unknown = await commit({ id: "5f0c6c4e-8a43-4f0e-9d55-2f3c0a4b7e11", fingerprint: "sha256-00" }, theirs);
    expect([stolen.status, stolen.body]).toEqual([404, unknown.body]);
    expect(stolen.body.error.code).toBe("PREVIEW_NOT_FOUND");
    expect(await countGraph(graph.driver)).toEqual(before);
    const written = await commit(preview.body.preview, mine);
    expect([written.status, written.body.written]).toEqual([200, true]);
  });

  it("100 previews of one editor leave another's in place; an author's own oldest goes past their cap", async () => {
    await seedGraph(graph.driver);
    const [anne, bjorn] = [await editor("anne"), await editor("bjorn")];
    const kept = await upload("medlemmer.csv", Buffer.from(MEMBERS), anne);
    const flood: Answer[] = [];
    for (let batch = 0; batch < 10; batch++) {
      flood.push(
        ...(await Promise.all(Array.from({ length: 10 }, () => upload("flom.csv", Buffer.from(MEMBERS), bjorn)))),
      );
    }
    expect(flood.every((answer) => answer.status === 200)).toBe(true);
    // Bjørn's own oldest went first: only his last MAX_PREVIEWS_PER_AUTHOR are held.
    const oldest = await commit(flood[0]?.body.preview, bjorn);
    expect([oldest.status, oldest.body.error?.code]).toEqual([404, "PREVIEW_NOT_FOUND"]);
    expect(MAX_PREVIEWS_PER_AUTHOR).toBe(10);
    const written = await commit(kept.body.preview, anne);
    expect([written.status, written.body.written]).toEqual([200, true]);
  });
});
