import { Button, Heading, ToggleGroup } from "@digdir/designsystemet-react";
import { formatMonth } from "../../../shared/format";
import type { ArshjulAddress, UpdateAddress } from "../month-address";
import { addMonths } from "../month-dates";

/** The month shown, the way to the months beside it, and the choice of grid or list. */
export function MonthTools({ state, update }: { state: ArshjulAddress; update: UpdateAddress }) {
  return (
    <div className="month-tools">
      <Button variant="secondary" data-size="sm" onClick={() => update({ maned: addMonths(state.maned, -1) })}>
        Forrige måned
      </Button>
      <Heading level={2} data-size="sm" className="month-title">
        {formatMonth(state.maned)}
      </Heading>
      <Button variant="secondary" data-size="sm" onClick={() => update({ maned: addMonths(state.maned, 1) })}>
        Neste måned
      </Button>
      <ToggleGroup
        data-size="sm"
        value={state.visning}
        onChange={(visning) => update({ visning: visning as "maned" | "liste" })}
        aria-label="Visning"
      >
        <ToggleGroup.Item value="maned">Måned</ToggleGroup.Item>
        <ToggleGroup.Item value="liste">Liste</ToggleGroup.Item>
      </ToggleGroup>
    </div>
  );
}
