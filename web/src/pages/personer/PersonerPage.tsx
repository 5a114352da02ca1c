import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { z } from "zod";
import { SupportNetworkDocument, type SupportNetworkQuery } from "../../generated/graphql";
import { execute } from "../../shared/api";
import { DataTable } from "../../shared/DataTable";
import { CountyFilter, FilterBar } from "../../shared/FilterControls";
import { byName, collator } from "../../shared/format";
import { QueryView } from "../../shared/QueryView";
import { useUrlState } from "../../shared/url-state";

const filters = z.object({ fylke: z.string().catch("Trøndelag") });

type Person = SupportNetworkQuery["supportNetwork"]["people"][number];

/** Three decimals: enough to rank people, and what the CSV holds. */
const betweenness = (p: Person) => Math.round(p.betweenness * 1000) / 1000;
const decimal = new Intl.NumberFormat("nb", { minimumFractionDigits: 3, maximumFractionDigits: 3 });

export default function PersonerPage() {
  const [state, update] = useUrlState(filters);
  const people = useQuery({
    queryKey: ["support-network", state.fylke],
    queryFn: () => execute(SupportNetworkDocument, { county: state.fylke || null }),
  });
  return (
    <>
      <Heading level={1} data-size="lg">
        Personer
      </Heading>
      <Paragraph>
        Hvem bærer flest nettverk, hvem holder nettverkene sammen, og hvem er eneste kontakt for en institusjon i et
        nettverk?
      </Paragraph>
      <FilterBar>
        <CountyFilter value={state.fylke} allLabel="Alle fylker" onChange={(fylke) => update({ fylke })} />
      </FilterBar>
      <QueryView query={people} what="personene" isEmpty={(d) => d.supportNetwork.people.length === 0}>
        {(data) => {
          const sole = data.supportNetwork.people
            .flatMap((p) => p.soleContacts.map((s) => ({ person: p.person, ...s })))
            .sort((a, b) => byName(a.person, b.person) || byName(a.network, b.network));
          const rows = [...data.supportNetwork.people].sort(
            (a, b) => b.networks - a.networks || collator.compare(a.person.name, b.person.name),
          );
          return (
            <>
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
              <section aria-labelledby="belastning">
                <Heading level={2} data-size="md" id="belastning">
                  Belastning og bærende personer
                </Heading>
                <Paragraph>
                  Mellomhet er andelen av de korteste veiene mellom andre personer og nettverk som går gjennom personen
                  (0 til 1). En bærende person holder en del av nettverkene sammen: faller personen fra, mister noen sin
                  eneste forbindelse til resten.
                </Paragraph>
                <DataTable
                  caption="Nettverk per person, som hovedkontakt og reserve, med mellomhet"
                  filename="belastning"
                  rows={rows}
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
            </>
          );
        }}
      </QueryView>
    </>
  );
}
