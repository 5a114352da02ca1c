import { Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import { DataTable } from "../../../shared/DataTable";
import type { CountyOverview } from "../api/county-overview";

/** The corrections and doubts the sources hold, folded away. */
export function DataQualityNotes({ notes }: { notes: CountyOverview["dataQualityNotes"] }) {
  return (
    <section aria-labelledby="datakvalitet">
      <Heading level={2} data-size="sm" id="datakvalitet">
        Merknader om datakvalitet ({notes.length})
      </Heading>
      {notes.length === 0 ? (
        <Paragraph>Ingen merknader.</Paragraph>
      ) : (
        <Details>
          <Details.Summary>Vis rettelsene og tvilen i kildene</Details.Summary>
          <Details.Content>
            <DataTable
              caption="Rettelser og tvil i kildene"
              filename="datakvalitet"
              rows={notes}
              rowKey={(n) => n.id}
              columns={[
                { label: "Gjelder", value: (n) => `${n.subjectType} ${n.subjectId}` },
                { label: "Felt", value: (n) => n.field },
                { label: "I dokumentet", value: (n) => n.original },
                { label: "Rettet til", value: (n) => n.corrected ?? "uavklart" },
                { label: "Merknad", value: (n) => n.note },
              ]}
            />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
