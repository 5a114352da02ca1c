import { Table } from "@digdir/designsystemet-react";
import type { FindingAnswer } from "../api/import-upload";
import { ScrollRegion } from "../../../shared/ScrollRegion";

const KIND: Record<FindingAnswer["kind"], string> = {
  corrected: "Rettet (foreslått som datakvalitetsnotat)",
  flagged: "Flagget",
  unreadable: "Kunne ikke leses",
  skipped: "Hoppet over",
  secret: "Utelatt: møtelenke, møte-ID eller passord",
  unknown: "Ukjent (rapportert, ikke opprettet)",
  linked: "Koblet",
};

/** Where in the file: a spreadsheet's sheet, row and column; a Word or PDF document's page, table and row; a text's line. */
function place(f: FindingAnswer): string {
  if (!f.location) return f.line === undefined ? "" : `linje ${f.line}`;
  const { sheet, page, table, row, column } = f.location;
  return [
    sheet && `ark «${sheet}»`,
    page && `side ${page}`,
    table && `tabell ${table}`,
    row && `rad ${row}`,
    column && (typeof column === "number" ? `kolonne ${column}` : `kolonne «${column}»`),
  ]
    .filter(Boolean)
    .join(", ");
}

export function FindingTable({
  caption,
  findings,
  spreadsheet,
}: {
  caption: string;
  findings: FindingAnswer[];
  /** A spreadsheet's finding is wholly placed by its sheet, row and column. */
  spreadsheet: boolean;
}) {
  return (
    <ScrollRegion label={caption}>
      <Table className="table-block" data-size="sm" zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Hva</Table.HeaderCell>
            <Table.HeaderCell>{spreadsheet ? "Hvor i regnearket" : "Hvor i dokumentet"}</Table.HeaderCell>
            <Table.HeaderCell>Teksten</Table.HeaderCell>
            <Table.HeaderCell>Merknad</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {findings.map((f, index) => (
            <Table.Row key={index} data-kind={f.kind}>
              <Table.Cell>{KIND[f.kind]}</Table.Cell>
              <Table.Cell>
                {spreadsheet ? (
                  place(f) || "hele filen"
                ) : (
                  <>
                    {f.where}
                    {place(f) && <span className="muted"> ({place(f)})</span>}
                  </>
                )}
              </Table.Cell>
              <Table.Cell>{f.text}</Table.Cell>
              <Table.Cell>{f.message}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
