import { Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { formatDate, timeSpan } from "../../../shared/format";
import { QueryView } from "../../../shared/QueryView";
import { useNextMeetings } from "../api/next-meetings";

export function NextMeetings({ networkId }: { networkId: string }) {
  const { query, from } = useNextMeetings(networkId);
  return (
    <section aria-labelledby="neste-moter">
      <Heading level={2} data-size="sm" id="neste-moter">
        Neste møter
      </Heading>
      <QueryView
        query={query}
        what="møtene"
        isEmpty={(d) => d.meetingsPage.meetings.length === 0}
        empty={
          <Paragraph>
            Ingen møter registrert fra {formatDate(from)} og et år fram.{" "}
            <Link href={`/arshjul?nettverk=${networkId}`}>Se tidligere møter i årshjulet</Link>.
          </Paragraph>
        }
      >
        {(data) => (
          <ul>
            {data.meetingsPage.meetings.map((m) => (
              <li key={m.id}>
                {formatDate(m.date)}, {timeSpan(m.startTime, m.endTime)}: {m.title}
                {m.place ? ` (${m.place})` : ""}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <Paragraph data-size="sm">
        <DsLink href={`/calendar/${networkId}.ics`}>Abonner på nettverkets møter (kalenderfil .ics)</DsLink>
      </Paragraph>
    </section>
  );
}
