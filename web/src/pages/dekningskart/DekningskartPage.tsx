import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { z } from "zod";
import type { TargetGroup } from "../../generated/graphql";
import { FilterBar, SchemeFilter, SelectFilter } from "../../shared/FilterControls";
import { useFilterOptions } from "../../shared/filter-queries";
import { targetGroupLabel } from "../../shared/format";
import { QueryView } from "../../shared/QueryView";
import { useUrlState } from "../../shared/url-state";
import { useCoverageMap } from "./api/coverage-map";
import { CoverageView } from "./components/CoverageView";

const ALL = "alle";
const TARGET_GROUPS = Object.keys(targetGroupLabel) as TargetGroup[];

const filters = z.object({
  fylke: z
    .string()
    .regex(/^(\d\d|alle)$/)
    .catch("50"),
  ordning: z.string().catch(""),
  malgruppe: z.enum(["", ...TARGET_GROUPS]).catch(""),
  kommune: z.string().catch(""),
});

export default function DekningskartPage() {
  const [state, update] = useUrlState(filters);
  const options = useFilterOptions();
  const county = state.fylke === ALL ? undefined : state.fylke;
  const coverage = useCoverageMap({ ...state, county });
  const schemeName = options.data?.schemes.find((s) => s.id === state.ordning)?.name;
  const countyName = options.data?.counties.find((c) => c.number === county)?.name;
  const scope = `${countyName ?? "hele landet"}, ${schemeName ?? "alle ordninger"}${state.malgruppe ? `, ${targetGroupLabel[state.malgruppe]}` : ""}`;
  return (
    <>
      <Heading level={1} data-size="lg">
        Dekningskart
      </Heading>
      <Paragraph>
        Hvilke kommuner nås av et tiltak under ordningen, og hvor er hullene? «Ikke registrert» og «ukjent» er ikke
        hull: dokumentene sier ingenting om dem.
      </Paragraph>
      <FilterBar>
        <SelectFilter
          label="Fylke"
          value={state.fylke}
          options={[
            { value: ALL, label: "Hele landet" },
            ...(options.data?.counties ?? []).map((c) => ({ value: c.number, label: c.name })),
          ]}
          onChange={(fylke) => update({ fylke, kommune: "" })}
        />
        <SchemeFilter value={state.ordning} onChange={(ordning) => update({ ordning })} />
        <SelectFilter
          label="Målgruppe"
          value={state.malgruppe}
          allLabel="Alle målgrupper"
          options={TARGET_GROUPS.map((t) => ({ value: t, label: targetGroupLabel[t] }))}
          onChange={(malgruppe) => update({ malgruppe: malgruppe as TargetGroup | "" })}
        />
      </FilterBar>
      <QueryView query={coverage} what="dekningskartet" isEmpty={(d) => d.coverageMap.municipalities.length === 0}>
        {({ coverageMap }) => (
          <CoverageView
            rows={coverageMap.municipalities}
            county={county}
            scope={scope}
            schemeName={schemeName}
            selected={state.kommune}
            select={(kommune) => update({ kommune })}
          />
        )}
      </QueryView>
    </>
  );
}
