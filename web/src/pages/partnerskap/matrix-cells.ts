import { toCsv } from "../../shared/csv";
import { download } from "../../shared/download";
import type { Cell, Matrix } from "./api/partnership-matrix";

export const peopleIn = (cell: Cell) => cell.primary.length + cell.backup.length;
export const peopleInRow = (row: Matrix["rows"][number]) => row.cells.reduce((sum, cell) => sum + peopleIn(cell), 0);
/** Heat level 0–4 by the number of people in a cell. */
export const heat = (people: number) => (people === 0 ? 0 : people === 1 ? 1 : people === 2 ? 2 : people <= 4 ? 3 : 4);
/** As the partnership table writes it: primary contacts, then backups in parentheses. */
const cellText = (cell: Cell) =>
  [
    cell.primary.map((p) => p.name).join(", "),
    cell.backup.length ? `(${cell.backup.map((p) => p.name).join(", ")})` : "",
  ]
    .filter(Boolean)
    .join(" ");

export function exportMatrix(matrix: Matrix) {
  const header = ["Nettverk", ...matrix.institutions.map((i) => i.name), "Personer"];
  const rows = matrix.rows.map((row) => [row.network.name, ...row.cells.map(cellText), peopleInRow(row)]);
  download("partnerskap.csv", toCsv(header, rows), "text/csv;charset=utf-8");
}
