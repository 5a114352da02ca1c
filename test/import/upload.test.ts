// POST /import over HTTP (issue 17, item 4): an editor uploads a plan, gets the dry run's diff
// and report, and commits exactly that diff, or nothing. The facts come from the fixture
// test/fixtures/plans/gauldal-dekom-2025-26.txt and its .expected.yaml, worked out by hand.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadConfig } from "../../src/config/index.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { bearer, signToken, TEST_JWT_SECRET } from "../support/tokens.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures", "plans");
const GAULDAL = path.join(FIXTURES, "gauldal-dekom-2025-26.txt");
const INITIATIVE = "dekom-ntnu-i-gauldalsregionen-2025-2026";
/** A smaller cap than the default 2 MB, so that the oversized file stays small. */
const MAX_BYTES = 64 * 1024;

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route's JSON, checked field by field
  body: any;
}

const graph = useSeededGraph();
const service = useHttpService({ JWT_SECRET: TEST_JWT_SECRET, IMPORT_MAX_BYTES: String(MAX_BYTES) });
const origin = () => service.url().replace(/\/graphql$/, "");
const database = () => testTarget().database;

async function upload(name: string, bytes: Buffer | string, headers: Record<string, string> = {}): Promise<Answer> {
  const form = new FormData();
  form.append("file", new Blob([bytes]), name);
  const response = await fetch(`${origin()}/import`, { method: "POST", body: form, headers });
  return { status: response.status, body: await response.json() };
}

async function commit(id: string, fingerprint: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${origin()}/import/${id}/commit`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ fingerprint }),
  });
  return { status: response.status, body: await response.json() };
}

const plan = () => readFile(GAULDAL);
const meetingsOfInitiative = async () => {
  const { records } = await graph.driver.executeQuery(
    `MATCH (m:Meeting)-[:SERVES]->(:Initiative {id: $id})
     RETURN toString(m.date) AS date, left(toString(m.startTime), 5) AS start, m.place AS place ORDER BY date`,
    { id: INITIATIVE },
    { database: database() },
  );
  return records.map((r) => r.toObject());
};

describe("POST /import refuses, and writes nothing", () => {
  it("a file without a token (401), with a forged token (401), with a reader's token (403)", async () => {
    const before = await countGraph(graph.driver);
    const none = await upload("plan.txt", await plan());
    expect(none).toEqual({
      status: 401,
      body: {
        error: {
          code: "UNAUTHENTICATED",
          message: "Importing needs an editor's token: send Authorization: Bearer <token>. Nothing was imported.",
        },
      },
    });
    const forged = await signToken({ roles: ["editor"] }, { secret: "another-secret-that-is-long-enough-for-hs256" });
    const invalid = await upload("plan.txt", await plan(), { authorization: `Bearer ${forged}` });
    expect([invalid.status, invalid.body.error]).toEqual([
      401,
      { code: "UNAUTHENTICATED", message: "Not authenticated: the token's signature is not valid" },
    ]);
    const reader = await upload("plan.txt", await plan(), await bearer(["reader"]));
    expect([reader.status, reader.body.error.code]).toEqual([403, "FORBIDDEN"]);
    expect(reader.body.error.message).toBe(
      "Importing needs the editor role, and this token does not carry it. Nothing was imported.",
    );
    const stringRoles = await upload("plan.txt", await plan(), await bearer("editor"));
    expect(stringRoles.status).toBe(403);
    expect(stringRoles.body.error.message).toContain(`the token's "roles" claim is the string "editor"`);
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("a file whose content is not a plan's text, whatever its name says (415, naming the type)", async () => {
    const before = await countGraph(graph.driver);
    const editor = await bearer();
    // Types no reader will take (Word and PDF files will be read once their readers land).
    const png = Buffer.concat([
      Buffer.from("\u0089PNG\r\n\u001a\n", "latin1"),
      Buffer.from("0000000d49484452000000010000000108060000001f15c489", "hex"),
    ]);
    // An empty ZIP archive: its end-of-central-directory record alone.
    const zip = Buffer.concat([Buffer.from("PK\u0005\u0006", "latin1"), Buffer.alloc(18)]);
    const latin1 = Buffer.from("Dekom i Gauldalsregionen 2025/2026\nÅrshjul\n", "latin1");
    const answers = await Promise.all([
      upload("gauldal.txt", png, editor),
      upload("gauldal.txt", zip, editor),
      upload("gauldal.txt", latin1, editor),
    ]);
    expect(answers.map((a) => [a.status, a.body.error.code])).toEqual([
      [415, "UNSUPPORTED_MEDIA_TYPE"],
      [415, "UNSUPPORTED_MEDIA_TYPE"],
      [415, "UNSUPPORTED_MEDIA_TYPE"],
    ]);
    const accepts =
      "the importer accepts a plan as a Word document \\(\\.docx\\), a PDF with a text layer, or its text as UTF-8";
    expect(answers[0]?.body.error.message).toMatch(new RegExp(`^gauldal\\.txt is a PNG image; ${accepts}`));
    expect(answers[1]?.body.error.message).toMatch(new RegExp(`^gauldal\\.txt is a ZIP archive; ${accepts}`));
    expect(answers[2]?.body.error.message).toMatch(/^gauldal\.txt is text that is not UTF-8 \(save it as UTF-8\)/);
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("a file larger than IMPORT_MAX_BYTES (413), and a request that is no upload (415)", async () => {
    const before = await countGraph(graph.driver);
    const text = await plan();
    const large = Buffer.concat(Array.from({ length: Math.ceil((MAX_BYTES + 1) / text.length) }, () => text));
    const answer = await upload("stor-plan.txt", large, await bearer());
    expect(answer).toEqual({
      status: 413,
      body: {
        error: {
          code: "PAYLOAD_TOO_LARGE",
          message:
            "The file is larger than 64 kB, the most the importer reads (IMPORT_MAX_BYTES; a plan's text is usually 3–40 kB). Nothing was imported.",
        },
      },
    });
    const json = await fetch(`${origin()}/import`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await bearer()) },
      body: JSON.stringify({ file: text.toString("utf8") }),
    });
    expect(json.status).toBe(415);
    expect(((await json.json()) as { error: { message: string } }).error.message).toMatch(
      /^Send the file as multipart\/form-data in the field "file"/,
    );
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("a Word document and a workbook that unpack past 20 × IMPORT_MAX_BYTES alike (413, one guard, one limit)", async () => {
    const before = await countGraph(graph.driver);
    // 3 MB of one letter compresses to a few kB, in a Word document and in a workbook.
    const letters = "a".repeat(3 * 1024 * 1024);
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(letters)] }] }));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Bombe").getCell("A1").value = letters;
    const sheet = Buffer.from(await workbook.xlsx.writeBuffer());
    const editor = await bearer();
    const answers = await Promise.all([upload("bombe.docx", word, editor), upload("bombe.xlsx", sheet, editor)]);
    expect(answers.map((a) => [a.status, a.body.error.code])).toEqual([
      [413, "PAYLOAD_TOO_LARGE"],
      [413, "PAYLOAD_TOO_LARGE"],
    ]);
    expect(answers.map((a) => a.body.error.message)).toEqual(
      ["bombe.docx", "bombe.xlsx"].map(
        (name) =>
          `${name} expands to more than that; a Word document or workbook may hold at most 1000 entries expanding to 1.3 MB (20 × IMPORT_MAX_BYTES). Nothing was imported.`,
      ),
    );
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("a text that is no plan (422), and a commit of a preview it does not hold (404)", async () => {
    const editor = await bearer();
    const notes = await upload(
      "notater.txt",
      "Rekom i Trøndelag sørvest 2024/2025\n\nMøte 12.09.24 kl 10-12.\n",
      editor,
    );
    expect([notes.status, notes.body.error.code]).toEqual([422, "UNREADABLE_PLAN"]);
    expect(notes.body.error.message).toMatch(/^notater\.txt: unknown plan layout: found neither an årshjul/);
    const unknown = await commit("5f0c6c4e-8a43-4f0e-9d55-2f3c0a4b7e11", "sha256-00", editor);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, "PREVIEW_NOT_FOUND"]);
    expect(unknown.body.error.message).toMatch(/made by another instance of the service\. Preview the file again\.$/);
  });
});

describe("POST /import previews, and POST /import/{id}/commit writes exactly the preview", () => {
  it("shows the plan's records, each finding with its place, and no secret; writes nothing", async () => {
    const want = YAML.parse(await readFile(GAULDAL.replace(/\.txt$/, ".expected.yaml"), "utf8")) as {
      meetings: { date: string }[];
      unreadable: string[];
    };
    const before = await countGraph(graph.driver);
    const { status, body } = await upload("gauldal-dekom-2025-26.txt", await plan(), await bearer());
    expect(status).toBe(200);
    expect(await countGraph(graph.driver)).toEqual(before);

    expect(body.document).toEqual({
      name: "gauldal-dekom-2025-26.txt",
      title: "Dekom NTNU i Gauldalsregionen 2025/2026",
      layout: "årshjul",
      network: "gauldalsregionen",
    });
    // One initiative, the four forum columns, twelve dated meetings: all new to the graph.
    expect(body.counts).toMatchObject({ create: 17, update: 0, link: 0, unchanged: 0 });
    const created = (type: string) =>
      body.changes.filter((c: { type: string; action: string }) => c.type === type && c.action === "create");
    expect(created("initiative").map((c: { id: string }) => c.id)).toEqual([INITIATIVE]);
    expect(created("forum").map((c: { name: string }) => c.name)).toEqual([
      "Regional arbeidsgruppe",
      "Regionale samlinger",
      "Kommunalt rektornettverk",
      "Utviklingsarbeid i skolen",
    ]);
    expect(
      created("meeting")
        .map((c: { date: string }) => c.date)
        .sort(),
    ).toEqual(want.meetings.map((m) => m.date));
    const may6 = body.changes.find((c: { date?: string }) => c.date === "2026-05-06");
    expect(may6.details).toEqual(expect.arrayContaining(['startTime: "09:30"', 'place: "Støren"']));

    const findings = (kind: string) => body.findings.filter((f: { kind: string }) => f.kind === kind);
    expect(findings("unreadable").map((f: { text: string }) => f.text)).toEqual(want.unreadable);
    expect(findings("unreadable")[0].where).toMatch(/2025.*Nov.*Regionale samlinger/);
    expect(findings("skipped").map((f: { line: number; text: string }) => [f.line, f.text])).toEqual([
      [53, "GAULDALSREGIONEN"],
    ]);
    expect(findings("corrected")[0]).toMatchObject({ text: expect.stringContaining("18.03.25") });
    expect(findings("corrected")[0].where).toMatch(/2026.*Mars.*Regional arbeidsgruppe/);
    expect(findings("secret").length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/aB3xYz|312 456|Møte-ID/);
    expect(body.preview.fingerprint).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it("commits the diff shown; a preview made before that commit is then stale (409); a new preview shows nothing to do", async () => {
    const editor = await bearer();
    const first = await upload("gauldal-dekom-2025-26.txt", await plan(), editor);
    const second = await upload("gauldal-dekom-2025-26.txt", await plan(), editor);
    expect(second.body.preview.fingerprint).toBe(first.body.preview.fingerprint);

    // Without a token, or with another diff's fingerprint, a commit writes nothing.
    const before = await countGraph(graph.driver);
    const anonymous = await commit(second.body.preview.id, second.body.preview.fingerprint, {});
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, "UNAUTHENTICATED"]);
    const wrong = await commit(second.body.preview.id, `sha256-${"0".repeat(64)}`, editor);
    expect([wrong.status, wrong.body.error.code]).toEqual([409, "CONFLICT"]);
    expect(await countGraph(graph.driver)).toEqual(before);
    expect(await meetingsOfInitiative()).toEqual([]);

    const written = await commit(second.body.preview.id, second.body.preview.fingerprint, editor);
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ written: true, counts: { create: 17, update: 0, link: 0, unchanged: 0 } });
    const meetings = await meetingsOfInitiative();
    expect(meetings.map((m) => m.date)).toEqual(
      (
        YAML.parse(await readFile(GAULDAL.replace(/\.txt$/, ".expected.yaml"), "utf8")) as {
          meetings: { date: string }[];
        }
      ).meetings.map((m) => m.date),
    );
    expect(meetings.find((m) => m.date === "2026-05-06")).toEqual({
      date: "2026-05-06",
      start: "09:30",
      place: "Støren",
    });
    const after = await countGraph(graph.driver);

    const again = await commit(second.body.preview.id, second.body.preview.fingerprint, editor);
    expect([again.status, again.body.error.code]).toEqual([404, "PREVIEW_NOT_FOUND"]);
    const stale = await commit(first.body.preview.id, first.body.preview.fingerprint, editor);
    expect(stale).toEqual({
      status: 409,
      body: {
        error: {
          code: "CONFLICT",
          message:
            "The graph changed since the preview, so its diff no longer holds. Preview the file again. Nothing was written.",
        },
      },
    });
    expect(await countGraph(graph.driver)).toEqual(after);

    const third = await upload("gauldal-dekom-2025-26.txt", await plan(), editor);
    expect(third.body.counts).toMatchObject({ create: 0, update: 0, link: 0, unchanged: 17 });
  });

  it("refuses a commit when a mutation changed the graph after the preview (409), and writes nothing", async () => {
    const editor = await bearer();
    const [sept3] = (await meetingsOfInitiative()).filter((m) => m.date === "2025-09-03");
    expect(sept3).toEqual({ date: "2025-09-03", start: "12:00", place: null });
    const id = `${INITIATIVE}-regional-arbeidsgruppe-2025-09-03`;
    const setStart = (time: string) =>
      service.post(
        {
          query: `mutation ($id: ID!, $time: LocalTime!) { updateMeetings(where: { id: { eq: $id } }, update: { startTime: { set: $time } }) { meetings { id } } }`,
          variables: { id, time },
        },
        editor,
      );
    expect((await setStart("12:30")).body.data.updateMeetings.meetings).toEqual([{ id }]);

    const preview = await upload("gauldal-dekom-2025-26.txt", await plan(), editor);
    expect(preview.body.counts).toMatchObject({ create: 0, update: 1, unchanged: 16 });
    expect(preview.body.changes.find((c: { action: string }) => c.action === "update")).toMatchObject({
      type: "meeting",
      id,
      details: ['startTime: "12:30" → "12:00"'],
    });
    expect((await setStart("13:00")).body.data.updateMeetings.meetings).toEqual([{ id }]);
    const stale = await commit(preview.body.preview.id, preview.body.preview.fingerprint, editor);
    expect([stale.status, stale.body.error.code]).toEqual([409, "CONFLICT"]);
    expect((await meetingsOfInitiative()).find((m) => m.date === "2025-09-03")?.start).toBe("13:00");

    // Previewed again, the diff is the graph's as it is now, and the commit writes it.
    const fresh = await upload("gauldal-dekom-2025-26.txt", await plan(), editor);
    expect(fresh.body.changes.find((c: { action: string }) => c.action === "update").details).toEqual([
      'startTime: "13:00" → "12:00"',
    ]);
    const written = await commit(fresh.body.preview.id, fresh.body.preview.fingerprint, editor);
    expect(written.body).toMatchObject({ written: true, counts: { update: 1, unchanged: 16 } });
    expect((await meetingsOfInitiative()).find((m) => m.date === "2025-09-03")?.start).toBe("12:00");
  });
});

it("keeps a preview for IMPORT_PREVIEW_TTL: 15 min unless set, at most 24 h", () => {
  expect(loadConfig({}).importUpload).toEqual({ previewTtlMs: 15 * 60_000 });
  expect(loadConfig({ IMPORT_PREVIEW_TTL: "1h" }).importUpload).toEqual({ previewTtlMs: 3_600_000 });
  expect(() => loadConfig({ IMPORT_PREVIEW_TTL: "2d" })).toThrow(
    /^Invalid configuration: IMPORT_PREVIEW_TTL="2d": expected a duration/,
  );
});
