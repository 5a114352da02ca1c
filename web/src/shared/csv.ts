export type Cell = string | number | null | undefined;

/**
 * A text that a spreadsheet would read as a formula (OWASP, "CSV Injection"; ASVS 1.2.10):
 * one that begins with =, +, -, @, a tab, a carriage return or NUL.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * A cell's text in the file: a number with a decimal comma, as Norwegian Excel reads it (a
 * number cannot hold a formula, so -3 stays a number); a text that could start a formula
 * behind a single quote, which makes Excel read it as text.
 */
function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV for Norwegian Excel: UTF-8 with a byte-order mark, ';' between fields, CRLF lines. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const field = (value: Cell) => {
    const text = cellText(value);
    return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return "\uFEFF" + [header, ...rows].map((row) => row.map(field).join(";")).join("\r\n") + "\r\n";
}

/**
 * An Excel workbook of one sheet; exceljs is large, so it is loaded only when asked for. A
 * text is stored as a text cell, never as a formula, whatever it begins with.
 */
export async function toXlsx(title: string, header: string[], rows: Cell[][]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // Sheet names are at most 31 characters and may not hold []:*?/\ .
  const sheet = workbook.addWorksheet(title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => value ?? ""));
  return workbook.xlsx.writeBuffer();
}
