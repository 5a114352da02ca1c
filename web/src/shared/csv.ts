export type Cell = string | number | null | undefined;

/** CSV for Norwegian Excel: UTF-8 with a byte-order mark, ';' between fields, CRLF lines. */
export function toCsv(header: string[], rows: Cell[][]): string {
  const field = (value: Cell) => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return "\uFEFF" + [header, ...rows].map((row) => row.map(field).join(";")).join("\r\n") + "\r\n";
}

export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
