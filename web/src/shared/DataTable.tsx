import { Button, Table } from "@digdir/designsystemet-react";
import { type ReactNode, useState } from "react";
import { type Cell, toCsv, toXlsx } from "./csv";
import { download } from "./download";
import { collator } from "./format";
import { ScrollRegion } from "./ScrollRegion";

export interface Column<T> {
  label: string;
  /** The cell's value: what sorting compares and the CSV holds. */
  value: (row: T) => Cell;
  /** How the cell is shown, when not as its value. */
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** File name of the CSV export, without extension. */
  filename: string;
}

function compare(a: Cell, b: Cell): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(
    a === null || a === undefined ? "" : String(a),
    b === null || b === undefined ? "" : String(b),
  );
}

/** A sortable table (click a column heading) that exports exactly its rows as CSV. */
export function DataTable<T>({ caption, columns, rows, rowKey, filename }: Props<T>) {
  const [sort, setSort] = useState<{ column: number; descending: boolean } | undefined>();
  const sorted = sort
    ? [...rows].sort((a, b) => {
        const column = columns[sort.column];
        if (!column) return 0;
        const order = compare(column.value(a), column.value(b));
        return sort.descending ? -order : order;
      })
    : rows;
  const exportCsv = () =>
    download(
      `${filename}.csv`,
      toCsv(
        columns.map((c) => c.label),
        sorted.map((row) => columns.map((c) => c.value(row))),
      ),
      "text/csv;charset=utf-8",
    );
  const exportXlsx = async () =>
    download(
      `${filename}.xlsx`,
      await toXlsx(
        caption,
        columns.map((c) => c.label),
        sorted.map((row) => columns.map((c) => c.value(row))),
      ),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  return (
    <div className="table-block">
      <div className="table-tools">
        <Button variant="secondary" data-size="sm" onClick={exportCsv}>
          Last ned CSV ({caption.toLowerCase()})
        </Button>
        <Button variant="secondary" data-size="sm" onClick={() => void exportXlsx()}>
          Last ned Excel ({caption.toLowerCase()})
        </Button>
      </div>
      <ScrollRegion label={caption}>
        <Table zebra border data-size="sm">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              {columns.map((column, index) => (
                <Table.HeaderCell
                  key={column.label}
                  sort={sort?.column === index ? (sort.descending ? "descending" : "ascending") : "none"}
                  onClick={() =>
                    setSort((s) => ({ column: index, descending: s?.column === index ? !s.descending : false }))
                  }
                >
                  {column.label}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sorted.map((row) => (
              <Table.Row key={rowKey(row)}>
                {columns.map((column) => (
                  <Table.Cell key={column.label} className={column.numeric ? "numeric" : undefined}>
                    {column.render ? column.render(row) : column.value(row)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </div>
  );
}
