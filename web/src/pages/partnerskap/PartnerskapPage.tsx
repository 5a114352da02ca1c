import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { z } from "zod";
import { CountyFilter, FilterBar, SchemeFilter, SwitchFilter } from "../../shared/FilterControls";
import { QueryView } from "../../shared/QueryView";
import { useUrlState } from "../../shared/url-state";
import { usePartnershipMatrix } from "./api/partnership-matrix";
import { MatrixTable } from "./components/MatrixTable";

const filters = z.object({
  fylke: z.string().catch(""),
  ordning: z.string().catch(""),
  samle: z.stringbool().catch(false),
});

export default function PartnerskapPage() {
  const [state, update] = useUrlState(filters);
  const matrix = usePartnershipMatrix(state);
  return (
    <>
      <Heading level={1} data-size="lg">
        Partnerskap
      </Heading>
      <Paragraph>
        Hvilke universiteter og høgskoler støtter hvilke nettverk, og gjennom hvem. Klikk et nettverk for
        nettverkskortet.
      </Paragraph>
      <FilterBar>
        <CountyFilter value={state.fylke} allLabel="Alle fylker" onChange={(fylke) => update({ fylke })} />
        <SchemeFilter value={state.ordning} onChange={(ordning) => update({ ordning })} />
        <SwitchFilter
          label="Regn enheter (SEPU, NTNU Skrivesenteret) med til institusjonen de hører til"
          checked={state.samle}
          onChange={(samle) => update({ samle })}
        />
      </FilterBar>
      <QueryView
        query={matrix}
        what="partnerskapstabellen"
        isEmpty={(data) => data.partnershipMatrix.rows.length === 0}
        empty={<Paragraph>Ingen nettverk har registrert støtte med disse valgene.</Paragraph>}
      >
        {(data) => <MatrixTable matrix={data.partnershipMatrix} />}
      </QueryView>
    </>
  );
}
