import { Button } from "@digdir/designsystemet-react";
import type cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import { type Drawn, downloadNetworkPng, drawNetwork } from "../network-drawing";

/** Who holds the network together, drawn with Cytoscape.js; the lists beside it say the same in words. */
export default function NetworkView(props: Drawn) {
  const { networkId, networkName, partners, sole } = props;
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<cytoscape.Core | null>(null);
  useEffect(() => {
    const cy = drawNetwork(container.current, { networkId, networkName, partners, sole });
    graph.current = cy;
    return () => {
      cy.destroy();
      graph.current = null;
    };
  }, [networkId, networkName, partners, sole]);

  const exportPng = async () => {
    if (graph.current) await downloadNetworkPng(graph.current, props);
  };

  return (
    <figure className="network-view">
      <div
        ref={container}
        className="network-view-canvas"
        role="img"
        aria-label={`Nettverkskart for ${networkName}: nettverket, ${partners.length} partnerinstitusjoner og personene som knytter dem til nettverket. Listene under sier det samme i tekst.`}
      />
      <figcaption className="muted">
        Rød ring: eneste kontakt mellom nettverket og en institusjon. Heltrukket linje: hovedkontakt; stiplet: reserve.{" "}
        <Button variant="tertiary" data-size="sm" className="no-print" onClick={exportPng}>
          Last ned nettverkskartet (PNG)
        </Button>
      </figcaption>
    </figure>
  );
}
