import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { DataTable } from "../../../shared/DataTable";
import type { SupportNetwork } from "../api/support-network";

export function SoleContactSection({ sole }: { sole: SupportNetwork["sole"] }) {
  return (
    <section aria-labelledby="eneste-kontakt">
      <Heading level={2} data-size="md" id="eneste-kontakt">
        Eneste kontakt ({sole.length})
      </Heading>
      <Paragraph>Faller personen fra, mister nettverket sin eneste kontakt ved institusjonen.</Paragraph>
      <DataTable
        caption="Personer som er eneste kontakt"
        filename="eneste-kontakt"
        rows={sole}
        rowKey={(s) => `${s.person.id}-${s.network.id}-${s.institution.id}`}
        columns={[
          { label: "Person", value: (s) => s.person.name },
          {
            label: "Nettverk",
            value: (s) => s.network.name,
            render: (s) => <Link href={`/nettverk/${s.network.id}`}>{s.network.name}</Link>,
          },
          { label: "Eneste kontakt ved", value: (s) => s.institution.name },
        ]}
      />
    </section>
  );
}
