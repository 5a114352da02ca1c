import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { DataTable } from "../../../shared/DataTable";
import { FilterBar } from "../../../shared/FilterControls";
import { QueryView } from "../../../shared/QueryView";
import { SearchFilter } from "../../../shared/SearchFilter";
import type { useNetworksWithoutInstitution } from "../api/networks-without-institution";

interface Props {
  institution: string;
  choose: (institution: string) => void;
  without: ReturnType<typeof useNetworksWithoutInstitution>;
}

export function WithoutInstitutionSection({ institution, choose, without }: Props) {
  return (
    <section aria-labelledby="uten-institusjon">
      <Heading level={2} data-size="md" id="uten-institusjon">
        Nettverk uten en gitt institusjon
      </Heading>
      <FilterBar>
        <SearchFilter
          kind="institution"
          label="Institusjon"
          value={institution}
          allLabel="Velg institusjon"
          onChange={choose}
        />
      </FilterBar>
      {institution === "" ? (
        <Paragraph>Velg en institusjon for å se nettverkene ingen fra den støtter.</Paragraph>
      ) : (
        <QueryView
          query={without}
          what="nettverkene"
          isEmpty={(d) => d.networksWithoutInstitution.length === 0}
          empty={<Paragraph>Institusjonen støtter alle nettverkene i utvalget.</Paragraph>}
        >
          {(d) => (
            <DataTable
              caption="Nettverk uten støtte fra institusjonen"
              filename="hull-uten-institusjon"
              rows={d.networksWithoutInstitution}
              rowKey={(n) => n.id}
              columns={[
                {
                  label: "Nettverk",
                  value: (n) => n.name,
                  render: (n) => <Link href={`/nettverk/${n.id}`}>{n.name}</Link>,
                },
                { label: "Fylke", value: (n) => n.county },
              ]}
            />
          )}
        </QueryView>
      )}
    </section>
  );
}
