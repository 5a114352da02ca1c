import { Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { FindingAnswer, ImportAction, UploadAnswer } from "../api/import-upload";
import { Changes } from "./ChangeTables";
import { FindingTable } from "./FindingTable";

type Group = { action: ImportAction; heading: string; empty: string };
const CREATE: Group = { action: "create", heading: "Opprettes", empty: "Ingenting nytt." };
const UPDATE: Group = { action: "update", heading: "Endres", empty: "Ingenting endres." };
/** A plan links its meetings to other plans' meetings; a partnership table removes supporters it no longer lists. */
const GROUPS: Record<UploadAnswer["kind"], Group[]> = {
  plan: [CREATE, UPDATE, { action: "link", heading: "Kobles", empty: "Ingen møter kobles til andre planers møter." }],
  spreadsheet: [CREATE, UPDATE, { action: "remove", heading: "Fjernes", empty: "Ingenting fjernes." }],
};

const count = (answer: UploadAnswer, action: ImportAction) => answer.changes.filter((c) => c.action === action).length;
/** What the file is, in words: "regnearket" or "planen". */
const fileWord = (answer: UploadAnswer) => (answer.kind === "spreadsheet" ? "regnearket" : "planen");
/** Where in the file, in words: "regnearket" or "dokumentet". */
const placeWord = (answer: UploadAnswer) => (answer.kind === "spreadsheet" ? "regnearket" : "dokumentet");

/** The diff and the report, grouped as an editor reads them before confirming. */
export function Preview({ answer }: { answer: UploadAnswer }) {
  const unreadable = answer.findings.filter((f) => f.kind === "unreadable");
  const notes = answer.findings.filter((f) => f.kind !== "unreadable");
  return (
    <>
      {GROUPS[answer.kind].map((group) => (
        <ChangeGroup key={group.action} answer={answer} group={group} />
      ))}
      <UnchangedGroup answer={answer} />
      <UnreadableGroup answer={answer} unreadable={unreadable} />
      <NotesGroup answer={answer} notes={notes} />
    </>
  );
}

function ChangeGroup({ answer, group: { action, heading, empty } }: { answer: UploadAnswer; group: Group }) {
  return (
    <section aria-labelledby={`gruppe-${action}`} data-group={action}>
      <Heading level={3} data-size="xs" id={`gruppe-${action}`}>
        {heading} ({count(answer, action)})
      </Heading>
      {count(answer, action) > 0 ? (
        <Changes answer={answer} action={action} caption={`Poster som ${heading.toLowerCase()}`} />
      ) : (
        <Paragraph className="muted">{empty}</Paragraph>
      )}
    </section>
  );
}

function UnchangedGroup({ answer }: { answer: UploadAnswer }) {
  const what = fileWord(answer);
  return (
    <section aria-labelledby="gruppe-unchanged" data-group="unchanged">
      <Heading level={3} data-size="xs" id="gruppe-unchanged">
        Uendret ({count(answer, "unchanged")})
      </Heading>
      {count(answer, "unchanged") > 0 ? (
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
  );
}

function UnreadableGroup({ answer, unreadable }: { answer: UploadAnswer; unreadable: FindingAnswer[] }) {
  return (
    <section aria-labelledby="gruppe-unreadable" data-group="unreadable">
      <Heading level={3} data-size="xs" id="gruppe-unreadable">
        Kunne ikke leses ({unreadable.length})
      </Heading>
      {unreadable.length > 0 ? (
        <FindingTable
          caption={`Tekst importøren ikke kunne lese, med stedet i ${placeWord(answer)}`}
          findings={unreadable}
          spreadsheet={answer.kind === "spreadsheet"}
        />
      ) : (
        <Paragraph className="muted">Importøren leste alt.</Paragraph>
      )}
    </section>
  );
}

function NotesGroup({ answer, notes }: { answer: UploadAnswer; notes: FindingAnswer[] }) {
  const notInPlan = answer.kind === "plan" ? answer.notInPlan : [];
  return (
    <section aria-labelledby="gruppe-notes" data-group="notes">
      <Heading level={3} data-size="xs" id="gruppe-notes">
        Merknader ({notes.length + notInPlan.length})
      </Heading>
      {notes.length > 0 && (
        <FindingTable
          caption={`Det importøren la merke til, med stedet i ${placeWord(answer)}`}
          findings={notes}
          spreadsheet={answer.kind === "spreadsheet"}
        />
      )}
      {notInPlan.length > 0 && (
        <Paragraph>
          Møter som står i grafen under planens fora, men ikke i planen (blir stående): {notInPlan.join(", ")}
        </Paragraph>
      )}
      {notes.length + notInPlan.length === 0 && <Paragraph className="muted">Ingen merknader.</Paragraph>}
    </section>
  );
}
