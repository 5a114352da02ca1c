import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { explain } from "../../../shared/coverage";
import { DataTable } from "../../../shared/DataTable";
import { QueryView } from "../../../shared/QueryView";
import type { useCoverageGaps } from "../api/coverage-gaps";

export function GapSection({
  gaps,
  schemeName,
}: {
  gaps: ReturnType<typeof useCoverageGaps>;
  schemeName: string | undefined;
}) {
  return (
    <section aria-labelledby="uten-tiltak">
      <Heading level={2} data-size="md" id="uten-tiltak">
        Kommuner som ingen tiltak under {schemeName ?? "ordningene"} når
      </Heading>
      <QueryView
        query={gaps}
        what="hullene"
        isEmpty={(municipalities) => municipalities.length === 0}
        empty={<Paragraph>Ingen kjente hull med disse valgene.</Paragraph>}
      >
        {(municipalities) => (
          <DataTable
            caption="Kommuner uten tiltak"
            filename="hull-kommuner"
            rows={municipalities}
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
  );
}
