// `npx tsx scripts/spreadsheets.ts`: writes the spreadsheet templates (docs/templates/) and the
// test files (test/fixtures/spreadsheets/), each as .xlsx (exceljs) and, where a test compares
// the two, as .csv the way Norwegian Excel saves it (UTF-8 with BOM, `;`, CRLF).
// The partnership tables are Vedlegg 5 of seeds/sources/004_571eb61e7a1b4683.txt, cell by cell.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";

const root = path.resolve(import.meta.dirname, "..");
const TEMPLATES = path.join(root, "docs", "templates");
const FIXTURES = path.join(root, "test", "fixtures", "spreadsheets");

type Table = string[][];

/** Vedlegg 5 as written (a cell's line break kept as in the source). */
const VEDLEGG_5: Table = [
  ["Kompetansenettverk", "DMMH", "Nord", "NTNU/SEPU"],
  ["Ytre Namdal", "Lars H. Wettre, Anita Vangstad (Anne-Lise Holmvik)", "", ""],
  [
    "Indre Namdal",
    "Anne-Lise Holmvik (Anita Vangstad)",
    "Malin Elvseth, Siri J Larsen og Mona R. Rosenlund og Jeanett Pettersen",
    "",
  ],
  ["Midtre Namdal", "Eli Raanes, Berte Bjørngaard og Anne-Lise Holmvik", "", ""],
  [
    "Innherred",
    "Jana van der Zwart-Langner, Anita Vangstad (Berte Bjørngaard)",
    "Malin Elvseth, Mona R. Rosenlund og\nAnne Margrethe Amundsen Steen",
    "",
  ],
  ["Levanger/Verdal", "", "Malin Elvseth", ""],
  ["Værnes", "Lars H. Wettre, Anne-Lise Holmvik", "", "Mette Meidell og Bodil Svendsen (NTNU)"],
  [
    "Fosen",
    "Anne-Lise Holmvik, Mari Westerhus, Elisabeth Lehn, Marianne Rien og Ingunn Elder",
    "",
    "Mette Marit Jensen og Ann Gustavsen (SEPU)",
  ],
  [
    "Gauldalsregionen",
    "Hege Bergo, Marianne Schram, Berte Bjørngaard (REKOM og kompetanseløftet sees i sammenheng)",
    "Astrid Junker og Malin Elvseth",
    "",
  ],
  [
    "Trondheim/Malvik",
    "Jana van der Zwart-Langner, Kathrine R. Tvinnereim, Christine B. Østbø Munch, Therese Marie Ignacio, Berte Bjørngaard og Anne-Lise Holmvik",
    "Jeanett Pettersen og Astrid Junker",
    "Maria Hole-Forsmo, Karoline Giske Sandnes og Kristin V. Maalø (flere er med i tiltak) (NTNU)",
  ],
  [
    "Trøndelag sørvest",
    "Laila S. Flormælen, Berte Bjørngaard (Anne-Lise Holmvik)",
    "Jeanett Pettersen og Malin Elvseth",
    "Heidi Sandø og Maria Hole-Forsmo (NTNU)",
  ],
  ["Videregående skoler", "", "", "Mette Meidell (flere er med i ulike tiltak)"],
];

/** The same table with one change: Ytre Namdal's backup from DMMH is Berte Bjørngaard. */
const CHANGED_BACKUP = VEDLEGG_5.map((row) =>
  row[0] === "Ytre Namdal" ? ["Ytre Namdal", "Lars H. Wettre, Anita Vangstad (Berte Bjørngaard)", "", ""] : row,
);

/** Two networks whose membership the seeded graph does not know (UNKNOWN), with real members. */
const TWO_NETWORKS: Table = [
  ["Nettverk", "Kommune", "Kommunenummer"],
  ["Fosen", "Indre Fosen", "5054"],
  ["Fosen", "Ørland", "5057"],
  ["Fosen", "Åfjord", "5058"],
  ["Fosen", "Osen", "5020"],
  ["Region Sør-Troms og Evenes", "Harstad", "5503"],
  ["Region Sør-Troms og Evenes", "Kvæfjord", "5510"],
  ["Region Sør-Troms og Evenes", "Tjeldsund", "5512"],
  ["Region Sør-Troms og Evenes", "Ibestad", "5514"],
  ["Region Sør-Troms og Evenes", "Evenes", "1853"],
];

const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const csv = (table: Table) => `\uFEFF${table.map((row) => row.map(quote).join(";")).join("\r\n")}\r\n`;

async function save(workbook: ExcelJS.Workbook, file: string) {
  await workbook.xlsx.writeFile(file);
  console.log(path.relative(root, file));
}
async function saveCsv(table: Table, file: string) {
  await writeFile(file, csv(table));
  console.log(path.relative(root, file));
}

/** A workbook dated by the documents' "per januar 2025", so that running the script again changes little. */
function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "kompetansegraf";
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 15));
  return workbook;
}

/** A workbook of one sheet holding the table from its first row. */
function plainWorkbook(sheet: string, table: Table, widths: number[]): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.columns = widths.map((width) => ({ width }));
  for (const row of table) worksheet.addRow(row);
  worksheet.getRow(1).font = { bold: true };
  for (const row of table.keys()) worksheet.getRow(row + 1).alignment = { wrapText: true, vertical: "top" };
  return workbook;
}

/** The membership table as a planner may keep it: instructions first, a title, merged network cells, odd cells. */
function membershipWorkbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook
    .addWorksheet("Les meg")
    .addRows([["Medlemmer per nettverk: én rad per kommune."], ["Oppdatert av planlegger"]]);
  const sheet = workbook.addWorksheet("Medlemmer");
  sheet.addRow(["Medlemskap i kompetansenettverkene, per januar 2025"]);
  sheet.mergeCells("A1:D1");
  sheet.addRow([]);
  // Header forms as planners write them: case and spaces vary.
  sheet.addRow(["  NETTVERK ", "Kommune", "Kommune nummer", "Oppdatert"]);
  const first = 4;
  TWO_NETWORKS.slice(1).forEach(([network, name, number], i) => {
    const row = sheet.getRow(first + i);
    row.getCell(1).value = network ?? "";
    row.getCell(2).value = name ?? "";
    row.getCell(3).value = Number(number);
  });
  // Each network's name merged down over its municipalities.
  sheet.mergeCells(`A${first}:A${first + 3}`);
  sheet.mergeCells(`A${first + 4}:A${first + 8}`);
  // Rich text, a formula with its cached value, a date.
  sheet.getCell(`B${first + 1}`).value = { richText: [{ text: "Ør", font: { bold: true } }, { text: "land" }] };
  sheet.getCell(`C${first + 2}`).value = { formula: "5000+58", result: 5058 };
  sheet.getCell(`D${first}`).value = new Date(Date.UTC(2025, 0, 15));
  return workbook;
}

/** Gauldalsregionen with a misspelt name and a mistyped number; Fosen with a municipality merged away in 2020. */
const CORRECTIONS: Table = [
  ["Nettverk", "Kommune", "Kommunenummer"],
  ["Gauldalsregionen", "Holtålen", "5026"],
  ["", "Midtre-Gaulda", "5027"],
  ["", "Melhus", "5082"],
  ["Fosen", "Indre Fosen", "5054"],
  ["Fosen", "Fosnes", ""],
];

/** Ytre Namdal's cells with a meeting ID, a passcode and a Teams link beside the names. */
function secretsWorkbook(): ExcelJS.Workbook {
  const workbook = plainWorkbook(
    "Partnerskap",
    [VEDLEGG_5[0] ?? [], VEDLEGG_5[1] ?? [], VEDLEGG_5[7] ?? []],
    [20, 50, 40, 40],
  );
  const sheet = workbook.getWorksheet("Partnerskap");
  if (!sheet) throw new Error("no sheet");
  sheet.getCell("B2").value =
    "Lars H. Wettre, Anita Vangstad (Anne-Lise Holmvik)\nMøte-ID: 387 681 127 533\nPassord: Hk7pQz";
  sheet.getCell("D3").value = {
    text: "Mette Marit Jensen og Ann Gustavsen (SEPU)",
    hyperlink: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5YjE2/0",
  };
  sheet.getCell("C3").value =
    "Teams-møte: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZjA3/0?context=%7b%7d";
  return workbook;
}

async function templates() {
  const membership = plainWorkbook("Medlemmer", [["Nettverk", "Kommune", "Kommunenummer"]], [30, 25, 16]);
  await save(membership, path.join(TEMPLATES, "medlemskap.xlsx"));
  await saveCsv([["Nettverk", "Kommune", "Kommunenummer"]], path.join(TEMPLATES, "medlemskap.csv"));
  const header = VEDLEGG_5[0] ?? [];
  await save(plainWorkbook("Partnerskap", [header], [24, 50, 50, 50]), path.join(TEMPLATES, "partnerskap.xlsx"));
  await saveCsv([header], path.join(TEMPLATES, "partnerskap.csv"));
}

async function fixtures() {
  await save(membershipWorkbook(), path.join(FIXTURES, "medlemskap-to-nettverk.xlsx"));
  await saveCsv(TWO_NETWORKS, path.join(FIXTURES, "medlemskap-to-nettverk.csv"));
  await saveCsv(CORRECTIONS, path.join(FIXTURES, "medlemskap-rettelser.csv"));
  await save(
    plainWorkbook("Vedlegg 5", VEDLEGG_5, [24, 50, 50, 50]),
    path.join(FIXTURES, "partnerskap-vedlegg-5.xlsx"),
  );
  await saveCsv(VEDLEGG_5, path.join(FIXTURES, "partnerskap-vedlegg-5.csv"));
  await save(
    plainWorkbook("Vedlegg 5", CHANGED_BACKUP, [24, 50, 50, 50]),
    path.join(FIXTURES, "partnerskap-ny-reserve.xlsx"),
  );
  await saveCsv(CHANGED_BACKUP, path.join(FIXTURES, "partnerskap-ny-reserve.csv"));
  await save(secretsWorkbook(), path.join(FIXTURES, "partnerskap-hemmeligheter.xlsx"));
}

await mkdir(TEMPLATES, { recursive: true });
await mkdir(FIXTURES, { recursive: true });
await templates();
await fixtures();
