import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { QueryView } from "../../../shared/QueryView";
import { type Network, useNetworkCard } from "../api/network-card";
import { useNetworkPartners } from "../api/network-partners";
import { useNetworkViewCode } from "../network-view-code";
import { InitiativeSection } from "./InitiativeSection";
import { Members } from "./Members";
import { NextMeetings } from "./NextMeetings";
import { PartnerTable } from "./PartnerTable";
import { WhoHoldsItTogether } from "./WhoHoldsItTogether";

export function NetworkCard({ id }: { id: string }) {
  // The drawing's code loads beside the card's queries, not after them.
  useNetworkViewCode();
  const card = useNetworkCard(id);
  const partners = useNetworkPartners(id);
  return (
    <QueryView
      query={card}
      what="nettverkskortet"
      isEmpty={(d) => d.networks.length === 0}
      empty={
        <Paragraph>
          Det finnes ikke noe nettverk med id «{id}». <Link href="/nettverk">Velg et nettverk</Link>.
        </Paragraph>
      }
    >
      {(data) => <NetworkArticle network={data.networks[0]!} partners={partners} />}
    </QueryView>
  );
}

function NetworkArticle({ network, partners }: { network: Network; partners: ReturnType<typeof useNetworkPartners> }) {
  const listed = partners.data?.networkPartners.institutions ?? [];
  return (
    <article className="network-card">
      <Heading level={1} data-size="lg">
        {network.name}
      </Heading>
      <Paragraph>{network.county ? `Fylke: ${network.county}` : "Fylke ikke oppgitt"}</Paragraph>
      <div className="card-grid">
        <Members network={network} />
        {listed.length > 0 && <WhoHoldsItTogether network={network} partners={listed} />}
      </div>
      <section aria-labelledby="partnere">
        <Heading level={2} data-size="sm" id="partnere">
          Partnere
        </Heading>
        <QueryView
          query={partners}
          what="partnerne"
          isEmpty={(d) => d.networkPartners.institutions.length === 0}
          empty={<Paragraph>Ingen institusjon er registrert som partner for nettverket.</Paragraph>}
        >
          {(d) => <PartnerTable partners={d.networkPartners.institutions} />}
        </QueryView>
      </section>
      <InitiativeSection network={network} />
      <NextMeetings networkId={network.id} />
    </article>
  );
}
