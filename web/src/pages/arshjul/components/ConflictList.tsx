import { Alert, Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import type { ArshjulConflictGroundsFragment } from "../../../generated/graphql";
import { formatDate, timeSpan } from "../../../shared/format";
import { QueryView } from "../../../shared/QueryView";
import { type Conflict, partyId, useConflictGrounds } from "../api/meeting-conflicts";
import type { Scope } from "../month-address";
import { isoWeek } from "../month-dates";

const who = (c: Conflict) => c.person?.name ?? c.institution?.name ?? "";

const BASIS: Record<ArshjulConflictGroundsFragment["evidence"][number]["basis"], (via: string) => string> = {
  FORUM_PARTICIPANT: (via) => `oppført som deltaker i ${via}`,
  INITIATIVE_PARTNER: (via) => `partner i ${via}`,
  NETWORK_SUPPORTER: (via) => `støtter ${via}`,
  WORKING_GROUP_MEMBER: (via) => `med i ${via}`,
};

/** Why the person or institution is counted at one meeting, and whether a document says so. */
function grounds(conflict: ArshjulConflictGroundsFragment, meetingId: string): string {
  return conflict.evidence
    .filter((e) => e.meetingId === meetingId)
    .map(
      (e) =>
        `${BASIS[e.basis](e.via)}${e.asWritten ? ` («${e.asWritten}»)` : ""} – ${e.stated ? "står i dokumentet" : "utledet av partnerskapet"}`,
    )
    .join("; ");
}

/** An opened conflict: its meetings and the grounds for each. */
function ConflictGrounds({ conflict, scope }: { conflict: Conflict; scope: Scope }) {
  const day = useConflictGrounds(conflict, scope);
  return (
    <QueryView query={day} what="møtene og grunnlaget">
      {(found) =>
        // The graph may have changed since the month was read: say so rather than show nothing.
        found === null ? (
          <Paragraph data-size="sm">
            Dobbeltbookingen finnes ikke lenger i grafen. Last inn siden på nytt for å se månedens dobbeltbookinger.
          </Paragraph>
        ) : (
          <ul>
            {found.meetings.map((m) => (
              <li key={m.id}>
                {timeSpan(m.startTime, m.endTime)}: {m.title} (
                {m.initiatives.map((i) => i.name).join(", ") || "uten tiltak"}). Grunnlag: {grounds(found, m.id)}.
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
}

/** A conflict's meetings and grounds are asked for only when it is opened: a network's month may hold a hundred. */
function ConflictItem({ conflict, possible, scope }: { conflict: Conflict; possible: boolean; scope: Scope }) {
  const [opened, setOpened] = useState(false);
  return (
    <Alert data-color={possible ? "info" : "warning"}>
      <Heading level={3} data-size="2xs">
        {who(conflict)} {possible ? "kan være satt opp" : "er satt opp"} på {conflict.meetings.length} møter{" "}
        {formatDate(conflict.date)} (uke {isoWeek(conflict.date)})
      </Heading>
      <Details onToggle={(event) => setOpened(opened || (event.target as HTMLDetailsElement).open)}>
        <Details.Summary>Møtene og grunnlaget</Details.Summary>
        <Details.Content>{opened && <ConflictGrounds conflict={conflict} scope={scope} />}</Details.Content>
      </Details>
    </Alert>
  );
}

export function ConflictList({
  conflicts,
  possible,
  scope,
}: {
  conflicts: Conflict[];
  possible: boolean;
  scope: Scope;
}) {
  if (conflicts.length === 0) {
    return (
      <Paragraph>
        {possible
          ? "Partnerskapene gir ingen mulige dobbeltbookinger denne måneden."
          : "Dokumentene viser ingen som er satt opp på to møter samme dag denne måneden."}
      </Paragraph>
    );
  }
  return (
    <ul className={possible ? "conflicts possible" : "conflicts stated"}>
      {conflicts.map((c) => (
        <li key={`${c.date}-${partyId(c)}`}>
          <ConflictItem conflict={c} possible={possible} scope={scope} />
        </li>
      ))}
    </ul>
  );
}
