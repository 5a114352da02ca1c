// The dashboard's table exports hold names from the graph, which an editor's import may
// have filled with anything: a name that Excel would read as a formula is exported as
// text (OWASP "CSV Injection"), in the CSV and in the workbook alike.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv, toXlsx } from "../../../web/src/shared/csv.js";

const BOM = "\uFEFF";

/** A hostile name, and the field that the CSV holds for it: behind a quote, quoted where ; " CR or LF demand it. */
const HOSTILE: [name: string, field: string][] = [
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ["+1+1", "'+1+1"],
  ["-2+3", "'-2+3"],
  ["@SUM(1)", "'@SUM(1)"],
  ["\t=1", "'\t=1"],
  ["\r=1", `"'\r=1"`],
  ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ["\0=1", "'\0=1"],
  ["=1;=2", `"'=1;=2"`],
  ['-"a";"b"', `"'-""a"";""b"""`],
];

describe("the CSV export", () => {
  it.each(HOSTILE)("exports %j as text: %j", (name, field) => {
    expect(toCsv(["Navn", "Antall"], [[name, 1]])).toBe(`${BOM}Navn;Antall\r\n${field};1\r\n`);
  });

  it("neutralises a hostile name in the header too (the partnership table's columns are institutions)", () => {
    expect(toCsv(["Nettverk", "=1+1"], [])).toBe(`${BOM}Nettverk;'=1+1\r\n`);
  });

  it("leaves other text as it is, and writes numbers as numbers, negative ones included", () => {
    expect(
      toCsv(
        ["Navn", "Tall"],
        [
          ["Frøya", -3],
          ["Trøndelag sørvest", 2.5],
          ["O'Neill", 0],
          ["a-b = c", null],
          ["Sør-Fron; Nord-Fron", undefined],
        ],
      ),
    ).toBe(
      `${BOM}Navn;Tall\r\nFrøya;-3\r\nTrøndelag sørvest;2,5\r\nO'Neill;0\r\na-b = c;\r\n"Sør-Fron; Nord-Fron";\r\n`,
    );
  });
});

describe("the Excel export", () => {
  it("stores every hostile name as a text cell, not a formula", async () => {
    const names = HOSTILE.map(([name]) => name);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      await toXlsx(
        "Navn",
        ["=1+1"],
        names.map((name) => [name]),
      ),
    );
    const column = workbook.worksheets[0]?.getColumn(1);
    const types: ExcelJS.ValueType[] = [];
    column?.eachCell((cell) => types.push(cell.type));
    expect(types).toEqual(Array(names.length + 1).fill(ExcelJS.ValueType.String));
    // As written, but for what XML cannot hold: NUL, and a CR that it reads as LF.
    expect(column?.values.slice(1)).toEqual([
      "=1+1",
      ...names.map((name) => name.replace("\r", "\n").replace("\0", "")),
    ]);
  });
});
