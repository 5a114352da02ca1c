// A plan's blocks laid out as a real PDF: ruled tables whose rows continue on the next
// page when the page is full, bold runs, link annotations; and a page that is only a scan.
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import type { Block, Cell, Paragraph as Spans } from "./text-form.js";

const MARGIN = 40;
const BODY = 10;
const CELL = 8;
const PAD = 4;
/** A paragraph break is a wider gap than a line's: how the reader tells paragraphs apart. */
const GAP = 0.6;

export interface PdfOptions {
  /** Write one cell's text across its right border (table and row 1-based, cell 0-based): a row the reader must refuse. */
  spill?: { table: number; row: number; cell: number };
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

const newDocument = () =>
  new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    // A fixed date, so that the script writes the same file every time.
    info: { CreationDate: new Date("2025-01-01T00:00:00Z"), Producer: "kompetansegraf test fixtures" },
  });

interface Word {
  text: string;
  bold: boolean;
  href?: string;
  /** Whether a space stands before it. */
  spaced: boolean;
}

/** A paragraph's words; lines break only at spaces, as a reader of the PDF cannot see a space at a line's end. */
function wordsOf(spans: Spans): Word[] {
  const words: Word[] = [];
  let spaced = false;
  for (const span of spans) {
    for (const [i, part] of span.text.split(" ").entries()) {
      if (i > 0) spaced = true;
      if (part === "") continue;
      words.push({ text: part, bold: span.bold ?? false, ...(span.href ? { href: span.href } : {}), spaced });
      spaced = false;
    }
  }
  return words;
}

function linesOf(doc: PDFKit.PDFDocument, spans: Spans, width: number, size: number): { word: Word; x: number }[][] {
  const lines: { word: Word; x: number }[][] = [[]];
  let x = 0;
  for (const word of wordsOf(spans)) {
    doc.font(word.bold ? "Helvetica-Bold" : "Helvetica").fontSize(size);
    const space = word.spaced ? doc.widthOfString(" ") : 0;
    const w = doc.widthOfString(word.text);
    const line = lines[lines.length - 1] ?? [];
    if (line.length > 0 && x + space + w > width) {
      lines.push([{ word, x: 0 }]);
      x = w;
    } else {
      line.push({ word, x: line.length === 0 ? 0 : x + space });
      x += (line.length === 1 ? 0 : space) + w;
    }
  }
  return lines;
}

/** Writes a paragraph's spans from (x, y) within the width, a link annotation over each linked word; returns where the next line starts. */
function writeSpans(doc: PDFKit.PDFDocument, spans: Spans, x: number, y: number, width: number, size: number) {
  const height = size * 1.156;
  linesOf(doc, spans, width, size).forEach((line, i) => {
    const top = y + i * height;
    // One link annotation over each line's run of linked words, as a word processor writes it.
    let link: { href: string; from: number; to: number } | undefined;
    const flush = () => link && doc.link(x + link.from, top, link.to - link.from, height, link.href);
    for (const { word, x: at } of line) {
      doc.font(word.bold ? "Helvetica-Bold" : "Helvetica").fontSize(size);
      doc.text(word.text, x + at, top, { lineBreak: false });
      const end = at + doc.widthOfString(word.text);
      if (word.href && link?.href === word.href) link.to = end;
      else {
        flush();
        link = word.href ? { href: word.href, from: at, to: end } : undefined;
      }
    }
    flush();
  });
  return y + linesOf(doc, spans, width, size).length * height;
}

function paragraphHeight(doc: PDFKit.PDFDocument, spans: Spans, width: number, size: number) {
  return linesOf(doc, spans, width, size).length * size * 1.156;
}

function cellHeight(doc: PDFKit.PDFDocument, cell: Cell, width: number): number {
  return cell.paragraphs.reduce((h, p, i) => h + paragraphHeight(doc, p, width, CELL) + (i > 0 ? GAP * CELL : 0), 0);
}

function writeTable(doc: PDFKit.PDFDocument, rows: Cell[][], number: number, options: PdfOptions) {
  const left = MARGIN;
  const full = doc.page.width - 2 * MARGIN;
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + c.colSpan, 0)));
  const column = full / width;
  let y = doc.y;
  rows.forEach((cells, r) => {
    const height = Math.max(...cells.map((c) => cellHeight(doc, c, c.colSpan * column - 2 * PAD)), CELL) + 2 * PAD;
    if (y + height > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
    const line = (x1: number, y1: number, x2: number, y2: number) =>
      doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.5).stroke();
    line(left, y, left + full, y);
    line(left, y + height, left + full, y + height);
    let x = left;
    line(x, y, x, y + height);
    cells.forEach((cell, c) => {
      const cellWidth = cell.colSpan * column;
      const spill = options.spill?.table === number && options.spill.row === r + 1 && options.spill.cell === c;
      let at = y + PAD;
      for (const paragraph of cell.paragraphs) {
        at = writeSpans(doc, paragraph, x + PAD, at, (spill ? 2 : 1) * cellWidth - 2 * PAD, CELL) + GAP * CELL;
      }
      x += cellWidth;
      line(x, y, x, y + height);
    });
    // A row with fewer cells than the table is as wide as: the rest stays open at the right border.
    if (x < left + full) line(left + full, y, left + full, y + height);
    y += height;
  });
  doc.x = MARGIN;
  doc.y = y + BODY;
}

export async function writePdf(blocks: Block[], options: PdfOptions = {}): Promise<Buffer> {
  const doc = newDocument();
  let tables = 0;
  for (const block of blocks) {
    if (block.kind === "table") {
      writeTable(doc, block.rows, ++tables, options);
      continue;
    }
    const width = doc.page.width - 2 * MARGIN;
    if (doc.y + paragraphHeight(doc, block.spans, width, BODY) > doc.page.height - MARGIN) {
      doc.addPage();
      doc.y = MARGIN;
    }
    doc.y = writeSpans(doc, block.spans, MARGIN, doc.y, width, BODY) + GAP * BODY;
  }
  return collect(doc);
}

/** A grey picture of lines of "text": what a scanner makes of a page, with no text layer. */
function scanImage(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1);
    for (let x = 0; x < width; x++) row[x + 1] = y % 24 < 6 && x % 97 < 80 && y > 30 ? 60 : 245;
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PDF whose one page is an image of a plan: a scan without text recognition. */
export async function writeScannedPdf(): Promise<Buffer> {
  const doc = newDocument();
  doc.image(scanImage(760, 500), MARGIN, MARGIN, { width: doc.page.width - 2 * MARGIN });
  return collect(doc);
}
