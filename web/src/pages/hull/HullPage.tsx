import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { z } from "zod";
import { CountyFilter, FilterBar, SchemeFilter } from "../../shared/FilterControls";
import { useFilterOptions } from "../../shared/filter-queries";
import { useUrlState } from "../../shared/url-state";
import { useCoverageGaps } from "./api/coverage-gaps";
import { useFragileNetworks } from "./api/fragile-networks";
import { useNetworksWithoutInstitution } from "./api/networks-without-institution";
import { FragileSection } from "./components/FragileSection";
import { GapSection } from "./components/GapSection";
import { WithoutInstitutionSection } from "./components/WithoutInstitutionSection";

const filters = z.object({
  fylke: z.string().catch("Trøndelag"),
  ordning: z.string().catch("rekom"),
  institusjon: z.string().catch(""),
});

export default function HullPage() {
  const [state, update] = useUrlState(filters);
  const options = useFilterOptions();
  const gaps = useCoverageGaps(state.fylke, state.ordning);
  const fragile = useFragileNetworks(state.fylke);
  const without = useNetworksWithoutInstitution(state.institusjon, state.fylke);
  const schemeName = options.data?.schemes.find((s) => s.id === state.ordning)?.name;
  return (
    <>
      <Heading level={1} data-size="lg">
        Hull
      </Heading>
      <Paragraph>
        Hull er bare det dokumentene viser mangler. Kommuner der ordningen ikke er registrert, eller der ingen vet
        hvilket nettverk de hører til, står i <Link href="/dekningskart">dekningskartet</Link>, ikke her.
      </Paragraph>
      <FilterBar>
        <CountyFilter value={state.fylke} allLabel="Alle fylker" onChange={(fylke) => update({ fylke })} />
        <SchemeFilter value={state.ordning} onChange={(ordning) => update({ ordning })} />
      </FilterBar>
      <GapSection gaps={gaps} schemeName={schemeName} />
      <FragileSection fragile={fragile} />
      <WithoutInstitutionSection
        institution={state.institusjon}
        choose={(institusjon) => update({ institusjon })}
        without={without}
      />
    </>
  );
}
