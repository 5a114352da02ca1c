import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "../../../shared/format";
import { QueryView } from "../../../shared/QueryView";
import type { useUpcomingDeadlines } from "../api/deadlines";

/** The next six deadlines from the month on. */
export function DeadlineSection({ deadlines }: { deadlines: ReturnType<typeof useUpcomingDeadlines> }) {
  return (
    <section aria-labelledby="frister">
      <Heading level={2} data-size="md" id="frister">
        Frister
      </Heading>
      <QueryView
        query={deadlines.query}
        what="fristene"
        isEmpty={(d) => d.upcomingDeadlines.length === 0}
        empty={<Paragraph>Ingen frister er registrert.</Paragraph>}
      >
        {(d) => (
          <ul>
            {d.upcomingDeadlines.slice(0, 6).map((deadline) => (
              <li key={deadline.deadlineId}>
                {formatDate(deadline.date)}: {deadline.name} ({deadline.sender}
                {deadline.recipient ? ` til ${deadline.recipient}` : ""})
                {deadline.setLocally ? ", dato settes lokalt" : ""}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
