import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { PeopleDocument, type PeopleQuery } from "../../generated/graphql";
import { execute } from "../../shared/api";
import { DataTable } from "../../shared/DataTable";
import { byName, collator } from "../../shared/format";
import { QueryView } from "../../shared/QueryView";

/** The API's largest personLoad page: everyone, at the seeded scale and at Norway's. */
const EVERYONE = 1000;

interface SoleContact {
  person: { id: string; name: string };
  network: { id: string; name: string };
  institution: { id: string; name: string };
}

/** People who are their institution's only contact for a network: if they drop out, the network loses that partner's contact. */
function soleContacts(matrix: PeopleQuery["partnershipMatrix"]): SoleContact[] {
  return matrix.rows
    .flatMap((row) =>
      row.cells.flatMap((cell) => {
        const people = [...cell.primary, ...cell.backup];
        return people.length === 1 ? [{ person: people[0]!, network: row.network, institution: cell.institution }] : [];
      }),
    )
    .sort((a, b) => byName(a.person, b.person) || byName(a.network, b.network));
}

export default function PersonerPage() {
  const people = useQuery({ queryKey: ["people"], queryFn: () => execute(PeopleDocument, { limit: EVERYONE }) });
  return (
    <>
      <Heading level={1} data-size="lg">
        Personer
      </Heading>
      <Paragraph>Hvem bærer flest nettverk, og hvem er eneste kontakt for en institusjon i et nettverk?</Paragraph>
      <QueryView query={people} what="personene" isEmpty={(d) => d.personLoad.length === 0}>
        {(data) => {
          const sole = soleContacts(data.partnershipMatrix);
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
                  Belastning per person
                </Heading>
                <DataTable
                  caption="Nettverk per person, som hovedkontakt og reserve"
                  filename="belastning"
                  rows={[...data.personLoad].sort((a, b) => b.networks - a.networks || collator.compare(a.person.name, b.person.name))}
                  rowKey={(p) => p.person.id}
                  columns={[
                    { label: "Person", value: (p) => p.person.name },
                    { label: "Institusjon", value: (p) => p.affiliation?.name ?? "ikke oppgitt" },
                    { label: "Nettverk", value: (p) => p.networks, numeric: true },
                    { label: "Hovedkontakt", value: (p) => p.primary, numeric: true },
                    { label: "Reserve", value: (p) => p.backup, numeric: true },
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
