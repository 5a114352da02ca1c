import { Details, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatDate } from "../../shared/format";
import type { Action, ChangeAnswer, Finding, FindingKind, ImportAnswer } from "./upload";

const TYPE: Record<ChangeAnswer["type"], string> = { initiative: "Tiltak", forum: "Forum", meeting: "Møte" };

const GROUPS: { action: Action; heading: string; empty: string }[] = [
  { action: "create", heading: "Opprettes", empty: "Ingenting nytt." },
  { action: "update", heading: "Endres", empty: "Ingenting endres." },
  { action: "link", heading: "Kobles", empty: "Ingen møter kobles til andre planers møter." },
];

const KIND: Record<FindingKind, string> = {
  corrected: "Rettet (foreslått som datakvalitetsnotat)",
  flagged: "Flagget",
  unreadable: "Kunne ikke leses",
  skipped: "Hoppet over",
  secret: "Utelatt: møtelenke, møte-ID eller passord",
  unknown: "Ukjent (rapportert, ikke opprettet)",
  linked: "Koblet",
};

/** The importer's field names, as the page shows them. */
const FIELD: Record<string, string> = {
  date: "dato",
  endDate: "sluttdato",
  startTime: "start",
  endTime: "slutt",
  online: "digitalt verktøy",
  place: "sted",
  forums: "forum",
  initiatives: "tiltak",
  initiative: "tiltak",
  who: "hvem",
  purpose: "hensikt",
  activities: "aktiviteter",
  scheme: "ordning",
  network: "nettverk",
  periodStart: "periodestart",
  periodEnd: "periodeslutt",
  periodText: "periode",
  partners: "partnere",
  municipalities: "kommuner",
  responsibleInstitutions: "ansvarlige institusjoner",
  targetGroups: "målgrupper",
  audience: "målgruppe",
  how: "hvordan",
  responsible: "ansvar",
};

/** The graph's values of a meeting's form, in words. */
const MODE: Record<string, string> = { '"DIGITAL"': "digitalt", '"PHYSICAL"': "fysisk", '"HYBRID"': "hybrid" };

function detail(text: string): string {
  const match = /^(\w+): (.*)$/s.exec(text);
  if (match?.[1] === "mode") return `form: ${match[2]?.replace(/"[A-Z]+"/g, (v) => MODE[v] ?? v)}`;
  if (match?.[1] && FIELD[match[1]]) return `${FIELD[match[1]]}: ${match[2]}`;
  if (text.startsWith("shared with another plan")) return "møtet finnes i en annen plan og kobles til denne";
  return text;
}

function ChangeTable({ caption, changes }: { caption: string; changes: ChangeAnswer[] }) {
  return (
    <div className="table-scroll">
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
    </div>
  );
}

/** Where in the file: page, table and row of a Word or PDF document, or the line of a text. */
function place(f: Finding): string {
  if (!f.location) return f.line === undefined ? "" : `linje ${f.line}`;
  const { page, table, row } = f.location;
  return [page && `side ${page}`, table && `tabell ${table}`, row && `rad ${row}`].filter(Boolean).join(", ");
}

function FindingTable({ caption, findings }: { caption: string; findings: Finding[] }) {
  return (
    <div className="table-scroll">
      <Table className="table-block" data-size="sm" zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Hva</Table.HeaderCell>
            <Table.HeaderCell>Hvor i dokumentet</Table.HeaderCell>
            <Table.HeaderCell>Teksten</Table.HeaderCell>
            <Table.HeaderCell>Merknad</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {findings.map((f, index) => (
            <Table.Row key={index} data-kind={f.kind}>
              <Table.Cell>{KIND[f.kind]}</Table.Cell>
              <Table.Cell>
                {f.where}
                {place(f) && <span className="muted"> ({place(f)})</span>}
              </Table.Cell>
              <Table.Cell>{f.text}</Table.Cell>
              <Table.Cell>{f.message}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The diff and the report, grouped as an editor reads them before confirming. */
export function Preview({ answer }: { answer: ImportAnswer }) {
  const unreadable = answer.findings.filter((f) => f.kind === "unreadable");
  const notes = answer.findings.filter((f) => f.kind !== "unreadable");
  const unchanged = answer.changes.filter((c) => c.action === "unchanged");
  return (
    <>
      {GROUPS.map(({ action, heading, empty }) => {
        const changes = answer.changes.filter((c) => c.action === action);
        return (
          <section key={action} aria-labelledby={`gruppe-${action}`} data-group={action}>
            <Heading level={3} data-size="xs" id={`gruppe-${action}`}>
              {heading} ({changes.length})
            </Heading>
            {changes.length > 0 ? (
              <ChangeTable caption={`Poster som ${heading.toLowerCase()}`} changes={changes} />
            ) : (
              <Paragraph className="muted">{empty}</Paragraph>
            )}
          </section>
        );
      })}
      <section aria-labelledby="gruppe-unchanged" data-group="unchanged">
        <Heading level={3} data-size="xs" id="gruppe-unchanged">
          Uendret ({unchanged.length})
        </Heading>
        {unchanged.length > 0 ? (
          <Details>
            <Details.Summary>Vis det som allerede står i grafen slik planen sier</Details.Summary>
            <Details.Content>
              <ChangeTable caption="Poster som står i grafen slik planen sier" changes={unchanged} />
            </Details.Content>
          </Details>
        ) : (
          <Paragraph className="muted">Ingenting i planen står i grafen fra før.</Paragraph>
        )}
      </section>
      <section aria-labelledby="gruppe-unreadable" data-group="unreadable">
        <Heading level={3} data-size="xs" id="gruppe-unreadable">
          Kunne ikke leses ({unreadable.length})
        </Heading>
        {unreadable.length > 0 ? (
          <FindingTable caption="Tekst importøren ikke kunne lese, med stedet i dokumentet" findings={unreadable} />
        ) : (
          <Paragraph className="muted">Importøren leste alt.</Paragraph>
        )}
      </section>
      <section aria-labelledby="gruppe-notes" data-group="notes">
        <Heading level={3} data-size="xs" id="gruppe-notes">
          Merknader ({notes.length + answer.notInPlan.length})
        </Heading>
        {notes.length > 0 && (
          <FindingTable caption="Det importøren la merke til, med stedet i dokumentet" findings={notes} />
        )}
        {answer.notInPlan.length > 0 && (
          <Paragraph>
            Møter som står i grafen under planens fora, men ikke i planen (blir stående): {answer.notInPlan.join(", ")}
          </Paragraph>
        )}
        {notes.length + answer.notInPlan.length === 0 && <Paragraph className="muted">Ingen merknader.</Paragraph>}
      </section>
    </>
  );
}
