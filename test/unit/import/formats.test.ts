// The table of formats (src/import/documents/formats.ts), walked: every entry recognises a
// sample of its own, and no earlier entry takes that sample; the accepted ones make the list
// an upload's refusal names.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCEPTED_TYPES, recogniseFormat } from "../../../src/import/documents/index.js";
import { ACCEPTED_FORMATS, REFUSED_FORMATS } from "../../../src/import/documents/formats.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "..", "fixtures");
const fixture = (...parts: string[]) => readFile(path.join(FIXTURES, ...parts));

/** A zip archive of stored (uncompressed) entries, as an OpenDocument file begins with its mimetype. */
function storedZip(entries: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, text] of Object.entries(entries)) {
    const [fileName, data] = [Buffer.from(name), Buffer.from(text)];
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    parts.push(header, fileName, data);
  }
  return Buffer.concat(parts);
}

/** A sample of each format, by its label. */
const SAMPLES: Record<string, () => Promise<Buffer> | Buffer> = {
  "a Word document (.docx)": () => fixture("documents", "gauldal-dekom-2025-26.docx"),
  "a PDF document": () => fixture("documents", "gauldal-dekom-2025-26.pdf"),
  "an Excel workbook (.xlsx)": () => fixture("spreadsheets", "partnerskap-vedlegg-5.xlsx"),
  "a .csv table": () => fixture("spreadsheets", "partnerskap-vedlegg-5.csv"),
  "UTF-8 text": () => fixture("plans", "gauldal-dekom-2025-26.txt"),
  "an old Word or Excel file (.doc, .xls)": () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
  "a Rich Text document (.rtf)": () => Buffer.from("{\\rtf1\\ansi Årshjul}"),
  "an OpenDocument text (.odt)": () => storedZip({ mimetype: "application/vnd.oasis.opendocument.text" }),
  "an OpenDocument spreadsheet (.ods)": () => storedZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet" }),
  "an Excel file without a workbook (.xlsx)": () =>
    storedZip({
      "[Content_Types].xml":
        '<Types><Default ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    }),
  "a ZIP archive": () => Buffer.concat([Buffer.from("PK\u0005\u0006", "latin1"), Buffer.alloc(18)]),
  "a PNG image": () => Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"),
  "a JPEG image": () => Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"),
  "UTF-16 text": () => Buffer.from("\ufeffÅrshjul", "utf16le"),
  "binary data, not text": () => Buffer.from("Årshjul\u0000", "utf8"),
  "text that is not UTF-8": () => Buffer.from("Årshjul 2025/2026", "latin1"),
};

describe("the table of formats", () => {
  it.each(ACCEPTED_FORMATS.map((f) => [f.label, f] as const))("accepts %s", async (label, format) => {
    const sample = SAMPLES[label];
    expect(sample, `a sample of ${label} in SAMPLES`).toBeDefined();
    expect(await recogniseFormat(await sample!())).toEqual({ accepted: true, format });
  });

  it.each(REFUSED_FORMATS.map((f) => [f.label, f] as const))("refuses %s", async (label, format) => {
    const sample = SAMPLES[label];
    expect(sample, `a sample of ${label} in SAMPLES`).toBeDefined();
    expect(await recogniseFormat(await sample!())).toEqual({
      accepted: false,
      label,
      ...(format.advice ? { advice: format.advice } : {}),
    });
  });

  it("names a type it does not list by file-type's words", async () => {
    expect(await recogniseFormat(Buffer.from("GIF89a\u0001\u0000\u0001\u0000", "latin1"))).toEqual({
      accepted: false,
      label: "a .gif file (image/gif)",
    });
  });

  it("lists every accepted format in the refusal's message, plans and tables apart", () => {
    expect(ACCEPTED_TYPES).toBe(
      "a plan as a Word document (.docx), a PDF with a text layer, or its text as UTF-8 (.txt: tables as tab-separated lines), or a membership or partnership table as an Excel workbook (.xlsx) or a .csv file with a «Nettverk» header",
    );
    for (const format of ACCEPTED_FORMATS) expect(ACCEPTED_TYPES).toContain(format.accepts);
  });
});
