import { useQuery } from "@tanstack/react-query";
import { OverviewDocument, type OverviewQuery } from "../../../generated/graphql";
import { execute } from "../../../shared/api";
import { today } from "../../../shared/format";

/** The overview's answer, with how many people support the networks and how many networks each institution supports. */
function withFigures(data: OverviewQuery) {
  const matrix = data.partnershipMatrix;
  const supporters = new Set(
    matrix.rows.flatMap((r) => r.cells.flatMap((c) => [...c.primary, ...c.backup].map((p) => p.id))),
  ).size;
  const reach = matrix.institutions.map((institution, index) => ({
    institution,
    networks: matrix.rows.filter((r) => {
      const cell = r.cells[index];
      return cell !== undefined && cell.primary.length + cell.backup.length > 0;
    }).length,
  }));
  return { ...data, supporters, reach };
}

export type CountyOverview = ReturnType<typeof withFigures>;

/** A county at a glance, its next 90 days from today (`from` to `until`). */
export function useCountyOverview(county: string) {
  const from = today();
  const until = new Date(Date.parse(`${from}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  const query = useQuery({
    queryKey: ["overview", county, from],
    queryFn: () => execute(OverviewDocument, { county, today: from, until }),
    select: withFigures,
  });
  return { query, from, until };
}
