import { FilterBar } from "../../../shared/FilterControls";
import { SearchFilter } from "../../../shared/SearchFilter";
import type { ArshjulAddress, UpdateAddress } from "../month-address";

/** The network, initiative, institution and person the month is narrowed to. */
export function ArshjulFilters({ state, update }: { state: ArshjulAddress; update: UpdateAddress }) {
  return (
    <FilterBar>
      <SearchFilter
        kind="network"
        label="Nettverk"
        value={state.nettverk}
        allLabel="Alle nettverk"
        onChange={(nettverk) => update({ nettverk })}
      />
      <SearchFilter
        kind="initiative"
        label="Tiltak"
        value={state.tiltak}
        allLabel="Alle tiltak"
        onChange={(tiltak) => update({ tiltak })}
      />
      <SearchFilter
        kind="institution"
        label="Institusjon"
        value={state.institusjon}
        allLabel="Alle institusjoner"
        onChange={(institusjon) => update({ institusjon })}
      />
      <SearchFilter
        kind="person"
        label="Person"
        value={state.person}
        allLabel="Alle personer"
        onChange={(person) => update({ person })}
      />
    </FilterBar>
  );
}
