// The Word and PDF readers on the committed fixtures, without a database: what each file
// holds was worked out from the text plan it was made from (scripts/make-import-fixtures.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_DIR, FIXTURES, makeFixture } from "../../../scripts/make-import-fixtures.js";
import { importDefaults } from "../../../src/config/index.js";
import { UnreadableDocumentError } from "../../../src/import/documents/errors.js";
import { readPlanSource } from "../../../src/import/documents/index.js";
import type { Block } from "../../../src/import/documents/model.js";
import { renderDocument } from "../../../src/import/documents/render.js";
import { parseXml } from "../../../src/import/documents/xml.js";
import { readZip } from "../../../src/import/documents/zip.js";

const read = async (name: string, bytes?: Buffer) =>
  readPlanSource(name, bytes ?? (await readFile(path.join(FIXTURE_DIR, name))), importDefaults);
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === "table");

describe("the Word reader", () => {
  it("reads a row merged across the forums as one cell, written as a line of its own", async () => {
    const source = await read("innherred-dekom-2025-26.docx");
    if (source.format === "text") throw new Error("read as text");
    const year = tables(source.model.blocks)[1];
    expect(year?.rows.map((r) => r.cells.map((c) => c.colSpan))).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [4],
      [1, 1, 1, 1],
    ]);
    const lines = renderDocument(source.model).text.split("\n");
    expect(lines).toContain("Påskeferie 30. mars – 6. april: ingen møter");
    // The <br> of the text plan is a line break in Word, a paragraph of the cell again.
    expect(lines.find((l) => l.startsWith("Mars"))?.split("\t")[2]).toBe(
      "<p><b>Alle rektorer</b> 18. mars kl 9-15 Regional samling i Levanger.</p> <p>Lesing i alle fag</p>",
    );
  });

  it("reads text boxes and links, and never a comment", async () => {
    const source = await read("secrets-fosen-rekom-2025-26.docx");
    if (source.format === "text") throw new Error("read as text");
    const { text } = renderDocument(source.model);
    expect(text).toContain("Passcode: Box7Pw"); // the text box, for the secret filter to find
    expect(text).toContain('<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Fosen%40thread.v2/0">');
    expect(text).not.toContain("Cmt4Xq");
  });

  it("refuses a document type declaration in the XML (no entity expansion, no external entities)", () => {
    expect(() => parseXml('<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>')).toThrow(/document type/);
    expect(() => parseXml("<d>&undefined;</d>")).toThrow();
  });
});

describe("the PDF reader", () => {
  it("joins a table that goes on over a page break, rows keeping their pages", async () => {
    const source = await read("003_f5ccc106f6e629d1.pdf");
    if (source.format === "text") throw new Error("read as text");
    const pagesOf = (b: Block) => new Set(b.kind === "table" ? b.rows.map((r) => r.location.page) : []);
    expect(tables(source.model.blocks).some((t) => pagesOf(t).size > 1)).toBe(true);
  });

  it("leaves out a row whose text runs over a cell border, and says where", async () => {
    const source = await read("gauldal-dekom-2025-26.spilled.pdf");
    expect(source.format === "pdf" && source.uncertain).toEqual([
      {
        location: expect.objectContaining({ table: 2, row: 4 }),
        text: expect.stringContaining("14. oktober kl 9 - 15 Regional samling i Melhus"),
        message: expect.stringContaining("over en cellekant"),
      },
    ]);
    if (source.format === "text") throw new Error("read as text");
    expect(renderDocument(source.model).text).not.toContain("14. oktober");
  });

  it("refuses a scanned page with a message that says so", async () => {
    await expect(read("scanned.pdf")).rejects.toThrow(UnreadableDocumentError);
    await expect(read("scanned.pdf")).rejects.toThrow(/page 1 of 1 is a scanned image without a text layer/);
  });
});

describe("files that are no plan", () => {
  it("names what is wrong with a corrupt or unsupported file", async () => {
    const docx = await readFile(path.join(FIXTURE_DIR, "gauldal-dekom-2025-26.docx"));
    await expect(read("cut.docx", docx.subarray(0, docx.length / 2))).rejects.toThrow(
      /cut\.docx: the file is a zip archive that cannot be read/,
    );
    await expect(read("cut.pdf", Buffer.from("%PDF-1.7\n1 0 obj"))).rejects.toThrow(/cut\.pdf: the PDF cannot be read/);
    await expect(read("old.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).rejects.toThrow(
      /save it as \.docx/,
    );
    await expect(read("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))).rejects.toThrow(
      /neither a Word document \(\.docx\), a PDF nor UTF-8 text/,
    );
  });

  it("caps a zip's entries and what they unpack to (zip bombs)", async () => {
    const docx = await readFile(path.join(FIXTURE_DIR, "gauldal-dekom-2025-26.docx"));
    await expect(readZip("x.docx", docx, { maxEntries: 3, maxUnpackedBytes: 1e9 })).rejects.toThrow(
      /x\.docx holds \d+ entries; a Word document or workbook may hold at most 3 entries/,
    );
    await expect(readZip("x.docx", docx, { maxEntries: 100, maxUnpackedBytes: 1000 })).rejects.toThrow(
      /x\.docx expands to more than that; .* expanding to 1 kB/,
    );
  });
});

describe("the committed fixtures", () => {
  it.each(FIXTURES)("are what scripts/make-import-fixtures.ts makes of $name", async (fixture) => {
    for (const [name, bytes] of await makeFixture(fixture)) {
      const [made, committed] = await Promise.all([read(name, bytes), read(name)]);
      const text = (s: typeof made) => (s.format === "text" ? s.text : renderDocument(s.model).text);
      expect([name, text(committed)]).toEqual([name, text(made)]);
    }
  });
});
