// The pure readers of src/import/documents/ bound every count a document states, and their
// work grows linearly (or n log n) with what they read (issue 24, items 2, 3 and 7).
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/import/documents/docx.js";
import { layoutPages, paragraphsOf, type Segment, type TextRun } from "../../../src/import/documents/pdf-layout.js";
import { parseXml } from "../../../src/import/documents/xml.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (xml: string) => `<w:document ${W}><w:body>${xml}</w:body></w:document>`;
const cell = (span: number) =>
  `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>`;
const spans = (xml: string) => {
  const [table] = readDocx(body(xml), undefined).blocks;
  return table?.kind === "table" ? table.rows.map((r) => r.cells.map((c) => c.colSpan)) : [];
};
const run = (text: string, x: number, y: number): TextRun => ({
  text,
  x,
  y,
  width: text.length * 5,
  size: 10,
  bold: false,
});

describe("the Word reader", () => {
  it("clamps spans to the declared grid, or to 64 columns, leaving a column for each later cell", () => {
    const grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>";
    expect(spans(`<w:tbl>${grid}<w:tr>${cell(400_000_000)}${cell(1)}</w:tr></w:tbl>`)).toEqual([[2, 1]]);
    const before = '<w:trPr><w:gridBefore w:val="10000000"/></w:trPr>';
    expect(spans(`<w:tbl><w:tr>${before}${cell(10_000_000)}</w:tr></w:tbl>`)).toEqual([[63, 1]]);
    expect(spans(`<w:tbl>${grid}<w:tr>${cell(Number.NaN)}${cell(-4)}</w:tr></w:tbl>`)).toEqual([[1, 1]]);
  });

  it("refuses a table wider than 64 columns, and XML nested deeper than 128 elements", () => {
    expect(() => spans(`<w:tbl><w:tblGrid>${"<w:gridCol/>".repeat(65)}</w:tblGrid></w:tbl>`)).toThrow(
      "table 1 has 65 columns; a plan's table has at most 64",
    );
    expect(() => spans(`<w:tbl><w:tr>${cell(1).repeat(65)}</w:tr></w:tbl>`)).toThrow("row 1 of table 1 has 65 cells");
    expect(() => parseXml(`${"<a>".repeat(129)}${"</a>".repeat(129)}`)).toThrow("more than 128 deep");
    expect(parseXml(`${"<a>".repeat(128)}${"</a>".repeat(128)}`).name).toBe("a");
  });
});

describe("the PDF layout", () => {
  it("reads 20,000 lines of runs, and a 40,000-letter run with 40,000 spaces in it, in well under a second", () => {
    const runs = Array.from({ length: 20_000 }, (_, i) => run("Fosen", 40, 20_000 - i * 0.7));
    const started = performance.now();
    expect(paragraphsOf(runs).length).toBeGreaterThan(0);
    const spaced = paragraphsOf([{ ...run(`a${" ".repeat(40_000)}b`, 40, 100), bold: true }]);
    expect(spaced[0]?.text).toMatch(/^<b>a {40000}b<\/b>$/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("finds the grid among 2,000 rules in well under a second, and refuses a table of more than 64 columns", () => {
    // 1,000 rules stacked across the page and 1,000 down it: every rule touches every other kind.
    const across: Segment[] = Array.from({ length: 1_000 }, (_, i) => ({ x1: 0, x2: 500, y1: i * 0.7, y2: i * 0.7 }));
    const down: Segment[] = Array.from({ length: 1_000 }, (_, i) => ({ x1: i * 0.5, x2: i * 0.5, y1: 0, y2: 750 }));
    const started = performance.now();
    expect(() => layoutPages([{ number: 1, runs: [], segments: [...across, ...down] }])).toThrow(
      /a table has \d+ columns; a plan's table has at most 64/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    const grid: Segment[] = [0, 20, 40].flatMap((at) => [
      { x1: 0, x2: 40, y1: at, y2: at },
      { x1: at, x2: at, y1: 0, y2: 40 },
    ]);
    const { blocks } = layoutPages([{ number: 1, runs: [run("Fosen", 22, 25)], segments: grid }]);
    expect(blocks.map((b) => (b.kind === "table" ? b.rows.map((r) => r.cells.map((c) => c.paragraphs)) : b))).toEqual([
      [
        [[], ["Fosen"]],
        [[], []],
      ],
    ]);
  });
});
