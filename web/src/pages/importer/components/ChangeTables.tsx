import { Table } from "@digdir/designsystemet-react";
import type { ChangeAnswer, ImportAction, SheetChangeAnswer, UploadAnswer } from "../api/import-upload";
import { formatDate } from "../../../shared/format";
import { ScrollRegion } from "../../../shared/ScrollRegion";
import { detail, sheetLines, TYPE } from "../change-words";

function SheetChangeTable({ caption, changes }: { caption: string; changes: SheetChangeAnswer[] }) {
  return (
    <ScrollRegion label={caption}>
      <Table className="table-block" data-size="sm" zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Type</Table.HeaderCell>
            <Table.HeaderCell>Nettverk</Table.HeaderCell>
            <Table.HeaderCell>Hva</Table.HeaderCell>
            <Table.HeaderCell>Hvor i regnearket</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {changes.map((c) => (
            <Table.Row key={`${c.type}:${c.id}`} data-id={c.id}>
              <Table.Cell>{TYPE[c.type]}</Table.Cell>
              <Table.Cell>{c.network.name}</Table.Cell>
              <Table.Cell>
                <ul className="details-list">
                  {sheetLines(c).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </Table.Cell>
              <Table.Cell>{c.source}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

function ChangeTable({ caption, changes }: { caption: string; changes: ChangeAnswer[] }) {
  return (
    <ScrollRegion label={caption}>
      <Table className="table-block" data-size="sm" zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Type</Table.HeaderCell>
            <Table.HeaderCell>Navn</Table.HeaderCell>
            <Table.HeaderCell>Dato</Table.HeaderCell>
            <Table.HeaderCell>Hva</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {changes.map((c) => (
            <Table.Row key={`${c.type}:${c.id}`} data-id={c.id}>
              <Table.Cell>{TYPE[c.type]}</Table.Cell>
              <Table.Cell>{c.name}</Table.Cell>
              <Table.Cell>{c.date ? formatDate(c.date) : ""}</Table.Cell>
              <Table.Cell>
                {c.details.length > 0 && (
                  <ul className="details-list">
                    {c.details.map((d) => (
                      <li key={d}>{detail(d)}</li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}

/** A group's changes, in the table of their kind. */
export function Changes({ answer, action, caption }: { answer: UploadAnswer; action: ImportAction; caption: string }) {
  return answer.kind === "plan" ? (
    <ChangeTable caption={caption} changes={answer.changes.filter((c) => c.action === action)} />
  ) : (
    <SheetChangeTable caption={caption} changes={answer.changes.filter((c) => c.action === action)} />
  );
}
