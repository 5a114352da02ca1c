// Reading spreadsheets into rows and tables, without a database: the fixtures are made by
// scripts/spreadsheets.ts; what each cell should read as is worked out from that script.
import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportTooLargeError } from "../../../src/import/documents/errors.js";
import { recogniseFormat } from "../../../src/import/documents/index.js";
import { readSheets } from "../../../src/import/documents/sheets.js";
import { zipLimits } from "../../../src/import/documents/zip.js";
import { findTable, MissingHeaderError } from "../../../src/import/spreadsheets/headers.js";
import { parseCell } from "../../../src/import/spreadsheets/partnerships.js";

const FIXTURES = path.resolve(import.meta.dirname, "..", "..", "fixtures", "spreadsheets");
const fixture = (name: string) => readFile(path.join(FIXTURES, name));
const LIMITS = zipLimits(2 * 1024 * 1024);
/** The extension of the format the table recognises the bytes as, or undefined when it refuses them. */
const spreadsheetFormat = async (bytes: Buffer) => {
  const found = await recogniseFormat(bytes);
  return found.accepted && found.format.kind === "spreadsheet" ? found.format.extension : undefined;
};
const INSTITUTIONS = ["DMMH", "Nord", "NTNU", "SEPU"];
const isInstitution = (header: string) => header.split("/").every((part) => INSTITUTIONS.includes(part));

describe("reading an .xlsx workbook", () => {
  it("picks the sheet by its headers and reads merged, rich-text, formula and date cells as a planner sees them", async () => {
    const bytes = await fixture("medlemskap-to-nettverk.xlsx");
    expect(await spreadsheetFormat(bytes)).toBe("xlsx");
    const sheets = await readSheets("medlemskap-to-nettverk.xlsx", bytes, "xlsx", LIMITS);
    expect(sheets.map((s) => s.name)).toEqual(["Les meg", "Medlemmer"]);
    const table = findTable("medlemskap-to-nettverk.xlsx", sheets, isInstitution);
    expect([table.kind, table.sheet.name, table.headerRow.number]).toEqual(["membership", "Medlemmer", 3]);
    const rows = table.sheet.rows.filter((r) => r.number > 3).map((r) => [r.number, ...r.cells]);
    expect(rows).toEqual([
      // The network merged down over rows 4–7 and 8–12 names each row; the title merged across A1:D1 is not here.
      [4, "Fosen", "Indre Fosen", "5054", "2025-01-15"],
      [5, "Fosen", "Ørland", "5057"],
      [6, "Fosen", "Åfjord", "5058"],
      [7, "Fosen", "Osen", "5020"],
      [8, "Region Sør-Troms og Evenes", "Harstad", "5503"],
      [9, "Region Sør-Troms og Evenes", "Kvæfjord", "5510"],
      [10, "Region Sør-Troms og Evenes", "Tjeldsund", "5512"],
      [11, "Region Sør-Troms og Evenes", "Ibestad", "5514"],
      [12, "Region Sør-Troms og Evenes", "Evenes", "1853"],
    ]);
    // The title row, merged across four columns, counts in its first column only.
    expect(table.sheet.rows[0]?.cells).toEqual(["Medlemskap i kompetansenettverkene, per januar 2025", "", "", ""]);
  });

  it("reads a hyperlink's text and never where it points", async () => {
    const sheets = await readSheets("x.xlsx", await fixture("partnerskap-hemmeligheter.xlsx"), "xlsx", LIMITS);
    const cells = sheets[0]?.rows.flatMap((r) => r.cells).join("\n");
    expect(cells).toContain("Mette Marit Jensen og Ann Gustavsen (SEPU)");
    expect(cells).not.toContain("meeting_NzQ5YjE2");
  });

  it("refuses a workbook that expands past 20 × IMPORT_MAX_BYTES, or with too many entries, before it is parsed", async () => {
    const workbook = new ExcelJS.Workbook();
    // 3 MB of one letter compresses to a few kB.
    workbook.addWorksheet("Bombe").getCell("A1").value = "a".repeat(3 * 1024 * 1024);
    const bomb = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(bomb.length).toBeLessThan(100_000);
    await expect(readSheets("bombe.xlsx", bomb, "xlsx", zipLimits(100_000))).rejects.toThrow(ImportTooLargeError);
    await expect(readSheets("bombe.xlsx", bomb, "xlsx", zipLimits(100_000))).rejects.toThrow(/expands to more/);
    const many = { maxEntries: 3, maxUnpackedBytes: 10 ** 9 };
    await expect(readSheets("x.xlsx", await fixture("partnerskap-vedlegg-5.xlsx"), "xlsx", many)).rejects.toThrow(
      /holds \d+ entries/,
    );
  });
});

describe("reading a .csv file", () => {
  it("reads UTF-8 with a BOM, `;` separated, quoted line breaks kept", async () => {
    const bytes = await fixture("partnerskap-vedlegg-5.csv");
    expect(await spreadsheetFormat(bytes)).toBe("csv");
    const [sheet] = await readSheets("p.csv", bytes, "csv", LIMITS);
    expect(sheet?.rows[0]?.cells).toEqual(["Kompetansenettverk", "DMMH", "Nord", "NTNU/SEPU"]);
    expect(sheet?.rows[4]?.cells[2]).toBe("Malin Elvseth, Mona R. Rosenlund og\nAnne Margrethe Amundsen Steen");
    expect(sheet?.rows).toHaveLength(12);
  });

  it("reads `,` separated text, and Windows-1252 as older Excel saves it", async () => {
    const latin1 = Buffer.from([
      ...Buffer.from("Nettverk,Kommune\r\nV", "ascii"),
      0xe6, // æ
      ...Buffer.from("rnes,Stj", "ascii"),
      0xf8, // ø
      ...Buffer.from("rdal\r\n", "ascii"),
    ]);
    expect(await spreadsheetFormat(latin1)).toBe("csv");
    const [sheet] = await readSheets("v.csv", latin1, "csv", LIMITS);
    expect(sheet?.rows.map((r) => r.cells)).toEqual([
      ["Nettverk", "Kommune"],
      ["Værnes", "Stjørdal"],
    ]);
  });

  it("does not take a plan's tab-separated text, or a Word document, for a table", async () => {
    expect(await spreadsheetFormat(Buffer.from("Årshjul 2024/2025\n\tRegionale samlinger\tHvem\n"))).toBeUndefined();
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("word/document.xml")]);
    expect(await spreadsheetFormat(docx)).toBeUndefined();
  });
});

describe("recognising the table", () => {
  const sheet = (...rows: string[][]) => ({ name: "Ark1", rows: rows.map((cells, i) => ({ number: i + 1, cells })) });

  it("knows the headers without regard to case and spaces", () => {
    const table = findTable("m.xlsx", [sheet(["KOMPETANSE NETTVERK", "kommune nr."])], isInstitution);
    expect(table).toMatchObject({
      kind: "membership",
      columns: { network: 0, municipality: -1, municipalityNumber: 1 },
    });
    const wide = findTable("p.xlsx", [sheet(["Nettverk", "DMMH", "NTNU/SEPU"])], isInstitution);
    expect(wide).toMatchObject({ kind: "partnerships", network: 0 });
  });

  it("names the header that is missing", () => {
    expect(() => findTable("m.xlsx", [sheet(["Nettverk", "Kommunne"])], isInstitution)).toThrow(
      /sheet «Ark1», row 1 has «Nettverk» but neither «Kommune» nor «Kommunenummer»/,
    );
    expect(() => findTable("m.xlsx", [sheet(["Netverk", "Kommune"])], isInstitution)).toThrow(MissingHeaderError);
    expect(() => findTable("m.xlsx", [sheet(["Netverk", "Kommune"])], isInstitution)).toThrow(
      /sheet «Ark1», has no header «Nettverk»/,
    );
  });
});

describe("reading a cell of the partnership table", () => {
  const isUnit = (text: string) => INSTITUTIONS.includes(text);

  it("takes a name in parentheses for a backup, an institution for the column's, other text for a note", () => {
    expect(parseCell("Lars H. Wettre, Anita Vangstad (Anne-Lise Holmvik)", isUnit)).toEqual({
      primary: ["Lars H. Wettre", "Anita Vangstad"],
      backup: ["Anne-Lise Holmvik"],
      markers: [],
      notes: [],
    });
    expect(
      parseCell("Maria Hole-Forsmo, Karoline Giske Sandnes og Kristin V. Maalø (flere er med i tiltak) (NTNU)", isUnit),
    ).toEqual({
      primary: ["Maria Hole-Forsmo", "Karoline Giske Sandnes", "Kristin V. Maalø"],
      backup: [],
      markers: ["NTNU"],
      notes: ["flere er med i tiltak"],
    });
    expect(parseCell("Malin Elvseth, Mona R. Rosenlund og\nAnne Margrethe Amundsen Steen", isUnit).primary).toEqual([
      "Malin Elvseth",
      "Mona R. Rosenlund",
      "Anne Margrethe Amundsen Steen",
    ]);
    // Lower-case particles belong to a name; a note has other lower-case words.
    expect(parseCell("Eli Raanes (Jana van der Zwart-Langner)", isUnit).backup).toEqual(["Jana van der Zwart-Langner"]);
    expect(parseCell("Hege Bergo (REKOM og kompetanseløftet sees i sammenheng)", isUnit).notes).toEqual([
      "REKOM og kompetanseløftet sees i sammenheng",
    ]);
  });
});
