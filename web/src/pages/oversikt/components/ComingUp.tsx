import { Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { formatDate, timeSpan } from "../../../shared/format";
import type { CountyOverview } from "../api/county-overview";
import { Panel } from "./Panel";

/** The next deadlines, and the meetings from `from` to `until`. */
export function ComingUp({ overview, from, until }: { overview: CountyOverview; from: string; until: string }) {
  return (
    <div className="panels">
      <Panel title="Neste frister">
        {overview.upcomingDeadlines.length === 0 ? (
          <Paragraph>Ingen frister er registrert.</Paragraph>
        ) : (
          <ul>
            {overview.upcomingDeadlines.slice(0, 4).map((d) => (
              <li key={d.deadlineId}>
                <Link href={`/arshjul?maned=${d.date.slice(0, 7)}`}>{formatDate(d.date)}</Link>: {d.name}
                {d.setLocally ? " (dato settes lokalt)" : ""}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title="Neste møter (90 dager)">
        {overview.meetingsPage.meetings.length === 0 ? (
          <Paragraph>
            Ingen møter registrert fra {formatDate(from)} til {formatDate(until)}.{" "}
            <Link href="/arshjul">Se årshjulet</Link>.
          </Paragraph>
        ) : (
          <ul>
            {overview.meetingsPage.meetings.map((m) => (
              <li key={m.id}>
                <Link href={`/arshjul?maned=${m.date.slice(0, 7)}`}>{formatDate(m.date)}</Link>,{" "}
                {timeSpan(m.startTime, m.endTime)}: {m.title}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
