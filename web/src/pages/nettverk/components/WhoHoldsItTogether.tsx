import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { QueryView } from "../../../shared/QueryView";
import type { Network } from "../api/network-card";
import type { Partner } from "../api/network-partners";
import { useSoleContacts } from "../api/sole-contacts";
import { useNetworkViewCode } from "../network-view-code";

/** Who holds the network together: the drawing, and in words every person who is the network's only contact at an institution. */
export function WhoHoldsItTogether({ network, partners }: { network: Network; partners: Partner[] }) {
  const sole = useSoleContacts(network);
  const view = useNetworkViewCode();
  return (
    <section aria-labelledby="sammen">
      <Heading level={2} data-size="sm" id="sammen">
        Hvem holder nettverket sammen
      </Heading>
      <QueryView query={sole} what="støttenettverket">
        {(contacts) => (
          <>
            <QueryView query={view} what="nettverkskartet">
              {({ default: NetworkView }) => (
                <NetworkView networkId={network.id} networkName={network.name} partners={partners} sole={contacts} />
              )}
            </QueryView>
            {partners
              .filter((p) => p.supporters.length === 0)
              .map((p) => (
                <Paragraph key={p.institution.id} data-size="sm">
                  Ingen person er oppført for {p.institution.name} i nettverket.
                </Paragraph>
              ))}
            {contacts.length > 0 ? (
              <ul className="sole-contacts">
                {contacts.map((s) => (
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
        )}
      </QueryView>
    </section>
  );
}
