import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import type { FragilityReason } from "../../../generated/graphql";
import { DataTable } from "../../../shared/DataTable";
import { QueryView } from "../../../shared/QueryView";
import type { useFragileNetworks } from "../api/fragile-networks";

const reasonLabel: Record<FragilityReason, string> = {
  NO_SUPPORT: "Ingen person eller institusjon er registrert som støtte",
  SINGLE_PERSON: "Bare én person støtter nettverket",
  SINGLE_INSTITUTION: "Bare én institusjon støtter nettverket",
};

export function FragileSection({ fragile }: { fragile: ReturnType<typeof useFragileNetworks> }) {
  return (
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
  );
}
