import { Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import type { ArshjulAddress } from "../month-address";

/** The calendar feed of what is chosen; a chosen person's is the person's whole feed, whatever else is chosen. */
export function SubscribeLink({ state, personName }: { state: ArshjulAddress; personName: string | undefined }) {
  const feed = state.person || state.tiltak || state.nettverk;
  return (
    <Paragraph>
      {feed ? (
        <DsLink href={`/calendar/${encodeURIComponent(feed)}.ics`}>
          {state.person
            ? // An id is not a name: until the person's name has come, the link says "the chosen person".
              `Abonner på kalenderen til ${personName ?? "den valgte personen"} (.ics)`
            : "Abonner på disse møtene i kalenderen din (.ics)"}
        </DsLink>
      ) : (
        "Velg et nettverk, et tiltak eller en person for å få en kalender å abonnere på."
      )}
    </Paragraph>
  );
}
