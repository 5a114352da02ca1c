import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { z } from "zod";
import { CountyFilter, FilterBar } from "../../shared/FilterControls";
import { QueryView } from "../../shared/QueryView";
import { useUrlState } from "../../shared/url-state";
import { useSupportNetwork } from "./api/support-network";
import { LoadSection } from "./components/LoadSection";
import { SoleContactSection } from "./components/SoleContactSection";

const filters = z.object({ fylke: z.string().catch("Trøndelag") });

export default function PersonerPage() {
  const [state, update] = useUrlState(filters);
  const people = useSupportNetwork(state.fylke);
  return (
    <>
      <Heading level={1} data-size="lg">
        Personer
      </Heading>
      <Paragraph>
        Hvem bærer flest nettverk, hvem holder nettverkene sammen, og hvem er eneste kontakt for en institusjon i et
        nettverk?
      </Paragraph>
      <FilterBar>
        <CountyFilter value={state.fylke} allLabel="Alle fylker" onChange={(fylke) => update({ fylke })} />
      </FilterBar>
      <QueryView query={people} what="personene" isEmpty={(d) => d.byLoad.length === 0}>
        {(data) => (
          <>
            <SoleContactSection sole={data.sole} />
            <LoadSection people={data.byLoad} />
          </>
        )}
      </QueryView>
    </>
  );
}
