import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { QueryView } from "../../../shared/QueryView";
import type { MeetingConflicts } from "../api/meeting-conflicts";
import type { Scope } from "../month-address";
import { ConflictList } from "./ConflictList";

interface Props {
  conflicts: MeetingConflicts;
  scope: Scope;
  /** The month's meetings, once counted. */
  total: number | undefined;
  /** The meetings could not be read: their own message says so. */
  meetingsFailed: boolean;
}

/** Who is booked twice on a day: stated, then possible; or why they are not asked for. */
export function ConflictSection(props: Props) {
  return (
    <section aria-labelledby="konflikter">
      <Heading level={2} data-size="md" id="konflikter">
        Dobbeltbookinger
      </Heading>
      <ConflictAnswer {...props} />
    </section>
  );
}

function ConflictAnswer({ conflicts, scope, total, meetingsFailed }: Props) {
  if (!conflicts.asked) {
    if (total !== undefined) {
      return (
        <Paragraph>
          Velg et nettverk, et tiltak, en institusjon eller en person for å se hvem som er satt opp på to møter samme
          dag.
        </Paragraph>
      );
    }
    // Until the month's size is known; if it fails, the meetings' own message says so above.
    return meetingsFailed ? null : <Paragraph role="status">Henter dobbeltbookingene …</Paragraph>;
  }
  return (
    <QueryView query={conflicts.query} what="dobbeltbookingene">
      {() => (
        <>
          <ConflictList conflicts={conflicts.stated} possible={false} scope={scope} />
          <Heading level={3} data-size="xs">
            Mulige dobbeltbookinger
          </Heading>
          <Paragraph data-size="sm">
            Her er deltakelsen utledet av partnerskap (partner i tiltaket, støtter nettverket, med i arbeidsgruppen),
            ikke oppført i dokumentene for minst ett av møtene.
          </Paragraph>
          <ConflictList conflicts={conflicts.possible} possible scope={scope} />
        </>
      )}
    </QueryView>
  );
}
