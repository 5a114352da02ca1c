import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { DataTable } from "../../../shared/DataTable";
import { targetGroupLabel } from "../../../shared/format";
import type { Network } from "../api/network-card";

/** The network's initiatives, and the tracks of the joint measure it takes part in. */
export function InitiativeSection({ network }: { network: Network }) {
  return (
    <section aria-labelledby="tiltak">
      <Heading level={2} data-size="sm" id="tiltak">
        Tiltak og spor
      </Heading>
      {network.initiatives.length > 0 ? (
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
      ) : (
        <Paragraph>Ingen tiltak er registrert for nettverket.</Paragraph>
      )}
      <Paragraph>
        {network.tracks.length > 0
          ? `Spor i fellestiltaket: ${network.tracks.map((t) => `spor ${t.number} (${t.title})`).join(", ")}.`
          : "Dokumentene sier ikke hvilke spor i fellestiltaket nettverket er med i."}
      </Paragraph>
    </section>
  );
}
