export type Cell = string | number | null | undefined;

/** CSV for Norwegian Excel: UTF-8 with a byte-order mark, ';' between fields, CRLF lines. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const field = (value: Cell) => {
    // Norwegian Excel reads a decimal comma, not a point.
    const text =
      value === null || value === undefined
        ? ""
        : typeof value === "number"
          ? String(value).replace(".", ",")
          : String(value);
    return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return "\uFEFF" + [header, ...rows].map((row) => row.map(field).join(";")).join("\r\n") + "\r\n";
}

/** An Excel workbook of one sheet; exceljs is large, so it is loaded only when asked for. */
export async function toXlsx(title: string, header: string[], rows: Cell[][]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  // Sheet names are at most 31 characters and may not hold []:*?/\ .
  const sheet = workbook.addWorksheet(title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => value ?? ""));
  return workbook.xlsx.writeBuffer();
}

export function download(filename: string, content: string | ArrayBuffer | Blob, type: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
