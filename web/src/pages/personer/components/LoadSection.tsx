import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { DataTable } from "../../../shared/DataTable";
import type { Person } from "../api/support-network";

/** Three decimals: enough to rank people, and what the CSV holds. */
const betweenness = (p: Person) => Math.round(p.betweenness * 1000) / 1000;
const decimal = new Intl.NumberFormat("nb", { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** Networks per person, most first, with who holds the networks together. */
export function LoadSection({ people }: { people: Person[] }) {
  return (
    <section aria-labelledby="belastning">
      <Heading level={2} data-size="md" id="belastning">
        Belastning og bærende personer
      </Heading>
      <Paragraph>
        Mellomhet er andelen av de korteste veiene mellom andre personer og nettverk som går gjennom personen (0 til 1).
        En bærende person holder en del av nettverkene sammen: faller personen fra, mister noen sin eneste forbindelse
        til resten.
      </Paragraph>
      <DataTable
        caption="Nettverk per person, som hovedkontakt og reserve, med mellomhet"
        filename="belastning"
        rows={people}
        rowKey={(p) => p.person.id}
        columns={[
          { label: "Person", value: (p) => p.person.name },
          { label: "Institusjon", value: (p) => p.affiliation?.name ?? "ikke oppgitt" },
          { label: "Nettverk", value: (p) => p.networks, numeric: true },
          { label: "Hovedkontakt", value: (p) => p.primary, numeric: true },
          { label: "Reserve", value: (p) => p.backup, numeric: true },
          {
            label: "Mellomhet",
            value: betweenness,
            render: (p) => decimal.format(betweenness(p)),
            numeric: true,
          },
          { label: "Bærende person", value: (p) => (p.cutVertex ? "ja" : "nei") },
        ]}
      />
    </section>
  );
}
