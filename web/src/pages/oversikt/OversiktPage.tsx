import { Heading } from "@digdir/designsystemet-react";
import { z } from "zod";
import { CountyFilter, FilterBar } from "../../shared/FilterControls";
import { QueryView } from "../../shared/QueryView";
import { useUrlState } from "../../shared/url-state";
import { useCountyOverview } from "./api/county-overview";
import { ComingUp } from "./components/ComingUp";
import { CountyFigures } from "./components/CountyFigures";
import { DataQualityNotes } from "./components/DataQualityNotes";

const filters = z.object({ fylke: z.string().min(1).catch("Trøndelag") });

export default function OversiktPage() {
  const [state, update] = useUrlState(filters);
  const { query, from, until } = useCountyOverview(state.fylke);
  return (
    <>
      <Heading level={1} data-size="lg">
        Oversikt: {state.fylke}
      </Heading>
      <FilterBar>
        <CountyFilter value={state.fylke} onChange={(fylke) => update({ fylke })} />
      </FilterBar>
      <QueryView query={query} what="oversikten">
        {(overview) => (
          <>
            <CountyFigures county={state.fylke} overview={overview} />
            <ComingUp overview={overview} from={from} until={until} />
            <DataQualityNotes notes={overview.dataQualityNotes} />
          </>
        )}
      </QueryView>
    </>
  );
}
