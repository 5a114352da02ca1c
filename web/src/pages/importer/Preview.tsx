import { Details, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { formatDate } from "../../shared/format";
import { ScrollRegion } from "../../shared/ScrollRegion";
import type { Action, ChangeAnswer, Finding, FindingKind, ImportAnswer, SheetChangeAnswer } from "./upload";

const TYPE: Record<ChangeAnswer["type"] | SheetChangeAnswer["type"], string> = {
  initiative: "Tiltak",
  forum: "Forum",
  meeting: "Møte",
  membership: "Medlemskap",
  support: "Støtte",
  note: "Datakvalitetsnotat",
};

type Group = { action: Action; heading: string; empty: string };
const CREATE: Group = { action: "create", heading: "Opprettes", empty: "Ingenting nytt." };
const UPDATE: Group = { action: "update", heading: "Endres", empty: "Ingenting endres." };
/** A plan links its meetings to other plans' meetings; a partnership table removes supporters it no longer lists. */
const GROUPS: Record<ImportAnswer["kind"], Group[]> = {
  plan: [CREATE, UPDATE, { action: "link", heading: "Kobles", empty: "Ingen møter kobles til andre planers møter." }],
  spreadsheet: [CREATE, UPDATE, { action: "remove", heading: "Fjernes", empty: "Ingenting fjernes." }],
};

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
  schemes: "ordninger",
  note: "merknad",
};

/** A network's membership status and a supporter's role, in words. */
const STATUS: Record<string, string> = { UNKNOWN: "ukjent", INFERRED: "utledet av planene", LISTED: "oppført" };
const ROLE: Record<string, string> = { PRIMARY: "primær", BACKUP: "reserve" };
const names = (refs: { name: string }[]) => refs.map((r) => r.name).join(", ");

/** What a spreadsheet's change does, line by line. */
function sheetLines(c: SheetChangeAnswer): string[] {
  switch (c.type) {
    case "membership":
      return [
        ...(c.statusBefore ? [`medlemskap: ${STATUS[c.statusBefore] ?? c.statusBefore} → oppført`] : []),
        ...(c.added.length > 0 ? [`legges til: ${names(c.added)}`] : []),
        ...(c.removed.length > 0 ? [`fjernes (ikke i listen): ${names(c.removed)}`] : []),
        ...(c.action !== "unchanged" && !c.statusBefore && c.added.length + c.removed.length === 0
          ? ["kilden oppdateres"]
          : []),
      ];
    case "support": {
      const who = `${c.person.name} fra ${c.institution.name} som ${ROLE[c.role]}`;
      if (c.action === "remove") return [`${who}: står ikke lenger i tabellen`];
      const other = c.details.filter((d) => !d.startsWith("role:")).map(detail);
      if (c.action === "create") return [who, ...other.filter((d) => d.startsWith("merknad"))];
      return [
        who,
        ...(c.roleBefore ? [`rolle: ${ROLE[c.roleBefore]} → ${ROLE[c.role]}`] : []),
        ...(c.action === "update" ? other : []),
      ];
    }
    case "note":
      return [`${c.field} «${c.original}» rettes til «${c.corrected ?? ""}»`, c.note];
  }
}

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

/** Where in the file: a spreadsheet's sheet, row and column; a Word or PDF document's page, table and row; a text's line. */
function place(f: Finding): string {
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

function FindingTable({
  caption,
  findings,
  spreadsheet,
}: {
  caption: string;
  findings: Finding[];
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

/** A group's changes, in the table of their kind. */
function Changes({ answer, action, caption }: { answer: ImportAnswer; action: Action; caption: string }) {
  return answer.kind === "plan" ? (
    <ChangeTable caption={caption} changes={answer.changes.filter((c) => c.action === action)} />
  ) : (
    <SheetChangeTable caption={caption} changes={answer.changes.filter((c) => c.action === action)} />
  );
}

/** The diff and the report, grouped as an editor reads them before confirming. */
export function Preview({ answer }: { answer: ImportAnswer }) {
  const spreadsheet = answer.kind === "spreadsheet";
  const what = spreadsheet ? "regnearket" : "planen";
  const unreadable = answer.findings.filter((f) => f.kind === "unreadable");
  const notes = answer.findings.filter((f) => f.kind !== "unreadable");
  const notInPlan = answer.kind === "plan" ? answer.notInPlan : [];
  const count = (action: Action) => answer.changes.filter((c) => c.action === action).length;
  return (
    <>
      {GROUPS[answer.kind].map(({ action, heading, empty }) => (
        <section key={action} aria-labelledby={`gruppe-${action}`} data-group={action}>
          <Heading level={3} data-size="xs" id={`gruppe-${action}`}>
            {heading} ({count(action)})
          </Heading>
          {count(action) > 0 ? (
            <Changes answer={answer} action={action} caption={`Poster som ${heading.toLowerCase()}`} />
          ) : (
            <Paragraph className="muted">{empty}</Paragraph>
          )}
        </section>
      ))}
      <section aria-labelledby="gruppe-unchanged" data-group="unchanged">
        <Heading level={3} data-size="xs" id="gruppe-unchanged">
          Uendret ({count("unchanged")})
        </Heading>
        {count("unchanged") > 0 ? (
          <Details>
            <Details.Summary>Vis det som allerede står i grafen slik {what} sier</Details.Summary>
            <Details.Content>
              <Changes answer={answer} action="unchanged" caption={`Poster som står i grafen slik ${what} sier`} />
            </Details.Content>
          </Details>
        ) : (
          <Paragraph className="muted">Ingenting i {what} står i grafen fra før.</Paragraph>
        )}
      </section>
      <section aria-labelledby="gruppe-unreadable" data-group="unreadable">
        <Heading level={3} data-size="xs" id="gruppe-unreadable">
          Kunne ikke leses ({unreadable.length})
        </Heading>
        {unreadable.length > 0 ? (
          <FindingTable
            caption={`Tekst importøren ikke kunne lese, med stedet i ${spreadsheet ? "regnearket" : "dokumentet"}`}
            findings={unreadable}
            spreadsheet={spreadsheet}
          />
        ) : (
          <Paragraph className="muted">Importøren leste alt.</Paragraph>
        )}
      </section>
      <section aria-labelledby="gruppe-notes" data-group="notes">
        <Heading level={3} data-size="xs" id="gruppe-notes">
          Merknader ({notes.length + notInPlan.length})
        </Heading>
        {notes.length > 0 && (
          <FindingTable
            caption={`Det importøren la merke til, med stedet i ${spreadsheet ? "regnearket" : "dokumentet"}`}
            findings={notes}
            spreadsheet={spreadsheet}
          />
        )}
        {notInPlan.length > 0 && (
          <Paragraph>
            Møter som står i grafen under planens fora, men ikke i planen (blir stående): {notInPlan.join(", ")}
          </Paragraph>
        )}
        {notes.length + notInPlan.length === 0 && <Paragraph className="muted">Ingen merknader.</Paragraph>}
      </section>
    </>
  );
}
