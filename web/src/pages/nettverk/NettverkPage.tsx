import { Card, Heading, Link as DsLink, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation, useParams } from "wouter";
import type { Partner } from "./support";
import {
  NetworkCardDocument,
  type NetworkCardQuery,
  NetworkPartnersDocument,
  NextMeetingsDocument,
  SupportNetworkDocument,
} from "../../generated/graphql";
import { execute } from "../../shared/api";
import { DataTable } from "../../shared/DataTable";
import { FilterBar } from "../../shared/FilterControls";
import { useFilterOptions } from "../../shared/filter-queries";
import { byName, formatDate, membershipLabel, targetGroupLabel, timeSpan, today } from "../../shared/format";
import { onDemand } from "../../shared/on-demand";
import { QueryView } from "../../shared/QueryView";
import { SearchFilter } from "../../shared/SearchFilter";

type Network = NetworkCardQuery["networks"][number];

function NetworkChooser() {
  const [, navigate] = useLocation();
  return (
    <>
      <Heading level={1} data-size="lg">
        Nettverkskort
      </Heading>
      <Paragraph>Velg et nettverk for å se kommunene, partnerne, personene, tiltakene og de neste møtene.</Paragraph>
      <FilterBar>
        <SearchFilter
          kind="network"
          label="Nettverk"
          value=""
          allLabel="Skriv navnet på nettverket"
          onChange={(id) => id && navigate(`/nettverk/${id}`)}
        />
      </FilterBar>
    </>
  );
}

function Members({ network }: { network: Network }) {
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        Kommuner
      </Heading>
      <Paragraph>
        <Tag data-color={network.membershipStatus === "UNKNOWN" ? "warning" : "info"}>
          {membershipLabel[network.membershipStatus]}
        </Tag>
      </Paragraph>
      {network.members.length > 0 ? (
        <ul className="columns">
          {network.members.map((m) => (
            <li key={m.id}>
              {m.name} <span className="muted">({m.number})</span>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>
          Dokumentene sier ikke hvilke kommuner som er med. Det betyr ikke at nettverket ikke har noen.
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="muted">
        Kilde: {network.membershipSource}
      </Paragraph>
    </Card>
  );
}

function Partners({ partners }: { partners: Partner[] }) {
  const schemes = new Map(useFilterOptions().data?.schemes.map((s) => [s.id, s.name]));
  const names = (p: Partner, role: "PRIMARY" | "BACKUP") =>
    p.supporters
      .filter((s) => s.role === role)
      .map((s) => s.person.name)
      .join(", ");
  return (
    <DataTable
      caption="Partnere og personer"
      filename="partnere"
      rows={partners}
      rowKey={(p) => p.institution.id}
      columns={[
        { label: "Institusjon", value: (p) => p.institution.name },
        { label: "Hovedkontakter", value: (p) => names(p, "PRIMARY") },
        { label: "Reserver", value: (p) => names(p, "BACKUP") },
        { label: "Ordninger", value: (p) => p.schemes.map((id) => schemes.get(id) ?? id).join(", ") },
        { label: "Tiltak", value: (p) => p.initiatives.map((i) => i.name).join("; ") },
      ]}
    />
  );
}

const networkViewCode = onDemand("nettverkskartet", () => import("./NetworkView"));

/**
 * Who holds the network together: the drawing, and in words every person who is the network's only
 * contact at an institution (the server's support analysis, over the county's networks).
 */
function WhoHoldsItTogether({ network, partners }: { network: Network; partners: Partner[] }) {
  const county = network.county ?? "";
  const support = useQuery({
    queryKey: ["support-network", county],
    queryFn: () => execute(SupportNetworkDocument, { county: county || null }),
  });
  const view = useQuery(networkViewCode);
  return (
    <section aria-labelledby="sammen">
      <Heading level={2} data-size="sm" id="sammen">
        Hvem holder nettverket sammen
      </Heading>
      <QueryView query={support} what="støttenettverket">
        {(data) => {
          const sole = data.supportNetwork.people
            .flatMap((p) =>
              p.soleContacts.filter((s) => s.network.id === network.id).map((s) => ({ person: p.person, ...s })),
            )
            .sort((a, b) => byName(a.person, b.person) || byName(a.institution, b.institution));
          return (
            <>
              <QueryView query={view} what="nettverkskartet">
                {({ default: NetworkView }) => (
                  <NetworkView
                    networkId={network.id}
                    networkName={network.name}
                    partners={partners}
                    support={data.supportNetwork}
                  />
                )}
              </QueryView>
              {partners
                .filter((p) => p.supporters.length === 0)
                .map((p) => (
                  <Paragraph key={p.institution.id} data-size="sm">
                    Ingen person er oppført for {p.institution.name} i nettverket.
                  </Paragraph>
                ))}
              {sole.length > 0 ? (
                <ul className="sole-contacts">
                  {sole.map((s) => (
                    <li key={`${s.person.id} ${s.institution.id}`}>
                      <strong>Sårbart:</strong> faller {s.person.name} fra, mister nettverket sin eneste kontakt ved{" "}
                      {s.institution.name}.
                    </li>
                  ))}
                </ul>
              ) : (
                <Paragraph>Ingen institusjon har bare én kontakt i nettverket.</Paragraph>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function Initiatives({ network }: { network: Network }) {
  return (
    <DataTable
      caption="Tiltak"
      filename="tiltak"
      rows={network.initiatives}
      rowKey={(i) => i.id}
      columns={[
        { label: "Tiltak", value: (i) => i.name },
        { label: "Ordning", value: (i) => i.scheme?.name ?? "ikke oppgitt" },
        { label: "Periode", value: (i) => i.periodText },
        {
          label: "Målgrupper",
          value: (i) => (i.targetGroups ?? []).map((t) => targetGroupLabel[t]).join(", ") || "ikke oppgitt",
        },
      ]}
    />
  );
}

function NextMeetings({ networkId }: { networkId: string }) {
  const from = today();
  const to = `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
  const meetings = useQuery({
    queryKey: ["meetings", networkId, from],
    queryFn: () => execute(NextMeetingsDocument, { from, to, network: networkId }),
  });
  return (
    <section aria-labelledby="neste-moter">
      <Heading level={2} data-size="sm" id="neste-moter">
        Neste møter
      </Heading>
      <QueryView
        query={meetings}
        what="møtene"
        isEmpty={(d) => d.meetingsPage.meetings.length === 0}
        empty={
          <Paragraph>
            Ingen møter registrert fra {formatDate(from)} og et år fram.{" "}
            <Link href={`/arshjul?nettverk=${networkId}`}>Se tidligere møter i årshjulet</Link>.
          </Paragraph>
        }
      >
        {(data) => (
          <ul>
            {data.meetingsPage.meetings.map((m) => (
              <li key={m.id}>
                {formatDate(m.date)}, {timeSpan(m.startTime, m.endTime)}: {m.title}
                {m.place ? ` (${m.place})` : ""}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
      <Paragraph data-size="sm">
        <DsLink href={`/calendar/${networkId}.ics`}>Abonner på nettverkets møter (kalenderfil .ics)</DsLink>
      </Paragraph>
    </section>
  );
}

function NetworkCard({ id }: { id: string }) {
  // The drawing's code (Cytoscape, ~140 kB gzipped) loads beside the card's queries, not after them.
  useQuery(networkViewCode);
  const card = useQuery({ queryKey: ["network-card", id], queryFn: () => execute(NetworkCardDocument, { id }) });
  const partners = useQuery({
    queryKey: ["network-partners", id],
    queryFn: () => execute(NetworkPartnersDocument, { network: id }),
  });
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
      {(data) => {
        const network = data.networks[0]!;
        return (
          <article className="network-card">
            <Heading level={1} data-size="lg">
              {network.name}
            </Heading>
            <Paragraph>{network.county ? `Fylke: ${network.county}` : "Fylke ikke oppgitt"}</Paragraph>
            <div className="card-grid">
              <Members network={network} />
              {partners.data && partners.data.networkPartners.institutions.length > 0 && (
                <WhoHoldsItTogether network={network} partners={partners.data.networkPartners.institutions} />
              )}
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
                {(d) => <Partners partners={d.networkPartners.institutions} />}
              </QueryView>
            </section>
            <section aria-labelledby="tiltak">
              <Heading level={2} data-size="sm" id="tiltak">
                Tiltak og spor
              </Heading>
              {network.initiatives.length > 0 ? (
                <Initiatives network={network} />
              ) : (
                <Paragraph>Ingen tiltak er registrert for nettverket.</Paragraph>
              )}
              <Paragraph>
                {network.tracks.length > 0
                  ? `Spor i fellestiltaket: ${network.tracks.map((t) => `spor ${t.number} (${t.title})`).join(", ")}.`
                  : "Dokumentene sier ikke hvilke spor i fellestiltaket nettverket er med i."}
              </Paragraph>
            </section>
            <NextMeetings networkId={network.id} />
          </article>
        );
      }}
    </QueryView>
  );
}

export default function NettverkPage() {
  const params = useParams<{ id?: string }>();
  return params.id ? <NetworkCard key={params.id} id={params.id} /> : <NetworkChooser />;
}
