import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { z } from "zod";
import {
  CoverageMapDocument,
  FragileNetworksDocument,
  type FragilityReason,
  NetworksWithoutInstitutionDocument,
} from "../../generated/graphql";
import { execute } from "../../shared/api";
import { explain } from "../../shared/coverage";
import { DataTable } from "../../shared/DataTable";
import { CountyFilter, FilterBar, SchemeFilter } from "../../shared/FilterControls";
import { useFilterOptions } from "../../shared/filter-queries";
import { QueryView } from "../../shared/QueryView";
import { SearchFilter } from "../../shared/SearchFilter";
import { useUrlState } from "../../shared/url-state";

const filters = z.object({
  fylke: z.string().catch("Trøndelag"),
  ordning: z.string().catch("rekom"),
  institusjon: z.string().catch(""),
});

const reasonLabel: Record<FragilityReason, string> = {
  NO_SUPPORT: "Ingen person eller institusjon er registrert som støtte",
  SINGLE_PERSON: "Bare én person støtter nettverket",
  SINGLE_INSTITUTION: "Bare én institusjon støtter nettverket",
};

export default function HullPage() {
  const [state, update] = useUrlState(filters);
  const options = useFilterOptions();
  const county = state.fylke || null;
  const gaps = useQuery({
    queryKey: ["coverage-map", state.fylke, state.ordning],
    queryFn: () => execute(CoverageMapDocument, { county, scheme: state.ordning || null }),
  });
  const fragile = useQuery({
    queryKey: ["fragile-networks", state.fylke],
    queryFn: () => execute(FragileNetworksDocument, { county }),
  });
  const without = useQuery({
    queryKey: ["networks-without-institution", state.institusjon, state.fylke],
    queryFn: () => execute(NetworksWithoutInstitutionDocument, { institution: state.institusjon, county }),
    enabled: state.institusjon !== "",
  });
  const schemeName = options.data?.schemes.find((s) => s.id === state.ordning)?.name;
  return (
    <>
      <Heading level={1} data-size="lg">
        Hull
      </Heading>
      <Paragraph>
        Hull er bare det dokumentene viser mangler. Kommuner der ordningen ikke er registrert, eller der ingen vet
        hvilket nettverk de hører til, står i <Link href="/dekningskart">dekningskartet</Link>, ikke her.
      </Paragraph>
      <FilterBar>
        <CountyFilter value={state.fylke} allLabel="Alle fylker" onChange={(fylke) => update({ fylke })} />
        <SchemeFilter value={state.ordning} onChange={(ordning) => update({ ordning })} />
      </FilterBar>

      <section aria-labelledby="uten-tiltak">
        <Heading level={2} data-size="md" id="uten-tiltak">
          Kommuner som ingen tiltak under {schemeName ?? "ordningene"} når
        </Heading>
        <QueryView
          query={gaps}
          what="hullene"
          isEmpty={(d) => !d.coverageMap.municipalities.some((m) => m.status === "GAP")}
          empty={<Paragraph>Ingen kjente hull med disse valgene.</Paragraph>}
        >
          {(d) => (
            <DataTable
              caption="Kommuner uten tiltak"
              filename="hull-kommuner"
              rows={d.coverageMap.municipalities.filter((m) => m.status === "GAP")}
              rowKey={(m) => m.number}
              columns={[
                { label: "Kommune", value: (m) => m.name },
                { label: "Nettverk", value: (m) => m.networks.map((n) => n.network.name).join(", ") },
                { label: "Begrunnelse", value: (m) => explain(m, schemeName) },
                { label: "Kilder", value: (m) => m.sources.join("; ") },
              ]}
            />
          )}
        </QueryView>
      </section>

      <section aria-labelledby="sarbare">
        <Heading level={2} data-size="md" id="sarbare">
          Sårbare nettverk
        </Heading>
        <QueryView
          query={fragile}
          what="de sårbare nettverkene"
          isEmpty={(d) => d.fragileNetworks.length === 0}
          empty={<Paragraph>Ingen nettverk hviler på én person eller én institusjon.</Paragraph>}
        >
          {(d) => (
            <DataTable
              caption="Nettverk som hviler på én person, én institusjon eller ingen"
              filename="hull-sarbare-nettverk"
              rows={d.fragileNetworks}
              rowKey={(f) => f.network.id}
              columns={[
                {
                  label: "Nettverk",
                  value: (f) => f.network.name,
                  render: (f) => <Link href={`/nettverk/${f.network.id}`}>{f.network.name}</Link>,
                },
                { label: "Hvorfor", value: (f) => f.reasons.map((r) => reasonLabel[r]).join("; ") },
                { label: "Personer", value: (f) => f.people.map((p) => p.name).join(", ") || "ingen" },
                { label: "Institusjoner", value: (f) => f.institutions.map((i) => i.name).join(", ") || "ingen" },
              ]}
            />
          )}
        </QueryView>
      </section>

      <section aria-labelledby="uten-institusjon">
        <Heading level={2} data-size="md" id="uten-institusjon">
          Nettverk uten en gitt institusjon
        </Heading>
        <FilterBar>
          <SearchFilter
            kind="institution"
            label="Institusjon"
            value={state.institusjon}
            allLabel="Velg institusjon"
            onChange={(institusjon) => update({ institusjon })}
          />
        </FilterBar>
        {state.institusjon === "" ? (
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
    </>
  );
}
