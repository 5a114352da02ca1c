// Issue 24, items 2, 3, 7 and 11: tiny uploads that state huge counts (a Word cell spanning
// millions of columns, a PDF of 10,000 rectangles or one 40,000-letter run, a workbook of
// 300,000 rows or a range over the whole sheet), or that nest or declare what no Office file
// does. Each is refused with a 4xx that names what is wrong, the graph is unchanged, and the
// service answers /healthz within 500 ms while the upload is read.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { crc32, deflateRawSync } from "node:zlib";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { countGraph } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { bearer, TEST_JWT_SECRET } from "../support/tokens.js";

const graph = useSeededGraph();
const service = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });
const origin = () => service.url().replace(/\/graphql$/, "");

/** A zip archive of deflated entries, as Office writes them. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text);
    const data = deflateRawSync(raw);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string, prolog = "") =>
  zip({
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`,
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  });
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const table = (grid: number, cells: string) =>
  `<w:tbl><w:tblGrid>${"<w:gridCol/>".repeat(grid)}</w:tblGrid><w:tr>${cells}</w:tr></w:tbl>`;
const spanning = (span: number) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>${paragraph("Fosen")}</w:tc>`;

const S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const xlsx = (sheetData: string, after = "") =>
  zip({
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook ${S} ${R}><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet ${S}><sheetData>${sheetData}</sheetData>${after}</worksheet>`,
  });
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const header = `<row r="1">${inline("A1", "Nettverk")}${inline("B1", "Kommune")}</row>`;

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 40 });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

interface Case {
  name: string;
  file: string;
  bytes: () => Buffer | Promise<Buffer>;
  status: number;
  code: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: "a Word cell spanning 10,000,000 columns (was: a stall of ~86 s): clamped to the table's grid",
    file: "span.docx",
    bytes: () => docx(table(3, spanning(10_000_000) + spanning(1))),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /span\.docx: unknown plan layout: found neither an årshjul/,
  },
  {
    name: "a Word row starting 400,000,000 columns in (was: heap out of memory), in a table that declares no grid",
    file: "before.docx",
    bytes: () =>
      docx(
        `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="400000000"/></w:trPr>${spanning(1)}${spanning(1)}</w:tr></w:tbl>`,
      ),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /before\.docx: unknown plan layout/,
  },
  {
    name: "a Word table that declares 100 columns",
    file: "wide.docx",
    bytes: () => docx(table(100, spanning(1))),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /wide\.docx: the Word document cannot be read: table 1 has 100 columns; a plan's table has at most 64/,
  },
  {
    name: "a Word document with a DOCTYPE (was: 500)",
    file: "doctype.docx",
    bytes: () => docx(paragraph("Plan"), "<!DOCTYPE w:document>"),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /doctype\.docx: the Word document cannot be read: the XML declares a document type/,
  },
  {
    name: "a Word document nested 50,000 content controls deep (was: stack overflow, 500)",
    file: "deep.docx",
    bytes: () => docx(`${"<w:sdt><w:sdtContent>".repeat(50_000)}${"</w:sdtContent></w:sdt>".repeat(50_000)}`),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /deep\.docx: the Word document cannot be read: the XML nests elements more than 128 deep/,
  },
  {
    name: "a PDF of one 40,000-letter run (was: a quadratic split)",
    file: "run.pdf",
    bytes: () => pdf((doc) => doc.text("Fosen ".repeat(7_000), 40, 40, { lineBreak: false })),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /run\.pdf: unknown plan layout/,
  },
  {
    name: "a PDF page of 10,000 small rectangles (was: every rule compared with every other)",
    file: "rectangles.pdf",
    bytes: () =>
      pdf((doc) => {
        doc.text("Plan", 40, 40);
        for (let i = 0; i < 10_000; i++) doc.rect(40 + (i % 100) * 5, 80 + Math.floor(i / 100) * 6, 3, 3);
        doc.stroke();
      }),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /rectangles\.pdf: page 1 draws more than 2000 lines; a plan's page draws far fewer/,
  },
  {
    name: "a scanned PDF, without text (was: 500)",
    file: "scanned.pdf",
    bytes: () => readFile(path.resolve(import.meta.dirname, "..", "fixtures", "documents", "scanned.pdf")),
    status: 422,
    code: "UNREADABLE_PLAN",
    message: /scanned\.pdf: page 1 of 1 is a scanned image without a text layer/,
  },
  {
    name: "a workbook of 250,000 rows in 2 MB (was: 8 s and 600 MB before the row limit)",
    file: "rows.xlsx",
    bytes: () =>
      xlsx(
        header +
          Array.from(
            { length: 250_000 },
            (_, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, "Fosen")}${inline(`B${i + 2}`, "Osen")}</row>`,
          ).join(""),
      ),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message:
      /rows\.xlsx: sheet «Ark1» has more than 2010 rows; one import reads at most 2000 rows \(IMPORT_MAX_RECORDS\)/,
  },
  {
    name: "a workbook that validates and merges every cell of the sheet (ranges a library expands cell by cell)",
    file: "ranges.xlsx",
    bytes: () =>
      xlsx(
        `<row r="1">${inline("A1", "Plan")}</row>`,
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    status: 422,
    code: "UNREADABLE_SPREADSHEET",
    message: /ranges\.xlsx: found no membership table .*sheet «Ark1», has no header «Nettverk»/,
  },
  {
    name: "a workbook with a value in column XFD",
    file: "far.xlsx",
    bytes: () => xlsx(`${header}<row r="2">${inline("XFD2", "Fosen")}</row>`),
    status: 422,
    code: "UNREADABLE_SPREADSHEET",
    message:
      /far\.xlsx is not a readable \.xlsx workbook .*sheet «Ark1» has a value in column 16384; a table here has at most 64 columns/,
  },
  {
    name: "a workbook whose row is numbered 2,000,000,000",
    file: "far-down.xlsx",
    bytes: () => xlsx(`${header}<row r="2000000000">${inline("A2000000000", "Fosen")}</row>`),
    status: 422,
    code: "UNREADABLE_SPREADSHEET",
    message: /far-down\.xlsx is not a readable \.xlsx workbook .*sheet «Ark1» has a row numbered 2000000000/,
  },
];

async function upload(name: string, bytes: Buffer) {
  const form = new FormData();
  form.append("file", new Blob([bytes]), name);
  const response = await fetch(`${origin()}/import`, { method: "POST", body: form, headers: await bearer() });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
}

describe("a hostile document is refused, clearly, and the service stays responsive while it is read", () => {
  it.each(cases)("$name", async ({ file, bytes, status, code, message }) => {
    const before = await countGraph(graph.driver);
    const content = await bytes();
    expect(content.length).toBeLessThan(2 * 1024 * 1024);
    const answer = upload(file, content);
    // The upload's body is sent and its reading has begun: the event loop must still be free.
    await sleep(150);
    const started = performance.now();
    const health = await fetch(`${origin()}/healthz`);
    expect(health.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(500);
    const { status: actual, body } = await answer;
    expect([actual, body.error?.code]).toEqual([status, code]);
    expect(body.error?.message).toMatch(message);
    expect(await countGraph(graph.driver)).toEqual(before);
  });
});
