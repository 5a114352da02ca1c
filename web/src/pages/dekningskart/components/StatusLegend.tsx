import { STATUSES, StatusPatterns, StatusSwatch } from "../../../shared/coverage";
import { coverageLabel } from "../../../shared/format";

/** The four states, each with its colour and pattern and how many municipalities have it. */
export function StatusLegend({ count }: { count: (status: string) => number }) {
  return (
    <>
      <StatusPatterns />
      <ul className="legend" aria-label="Tegnforklaring">
        {STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <StatusSwatch status={status} /> {coverageLabel[status]}: {count(status)}
          </li>
        ))}
      </ul>
    </>
  );
}
