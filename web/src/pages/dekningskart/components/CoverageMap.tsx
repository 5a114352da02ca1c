import { useQuery } from "@tanstack/react-query";
import { geoPath, geoTransverseMercator } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import topologyUrl from "../../../../../seeds/register/kommuner-2024.topojson?url";
import { coverageLabel } from "../../../shared/format";
import type { MunicipalityRow } from "../../../shared/coverage";

interface Properties {
  nummer: string;
  navn: string;
  fylkesnummer: string;
}
type Boundaries = Topology<{ kommuner: GeometryCollection<Properties> }>;

const WIDTH = 640;
const HEIGHT = 720;

interface Props {
  rows: MunicipalityRow[];
  /** Two-digit county number to zoom to, or undefined for all of Norway. */
  county: string | undefined;
  selected: string | undefined;
  onSelect: (number: string) => void;
  label: string;
}

/** The municipalities (Kartverket's boundaries, simplified) filled by coverage status; click or Enter opens one. */
export function CoverageMap({ rows, county, selected, onSelect, label }: Props) {
  const boundaries = useQuery({
    queryKey: ["boundaries"],
    queryFn: async () => (await (await fetch(topologyUrl)).json()) as Boundaries,
    staleTime: Infinity,
  });
  if (!boundaries.data)
    return <p role="status">{boundaries.isError ? "Kartet kunne ikke lastes." : "Laster kartet …"}</p>;
  const all = feature(boundaries.data, boundaries.data.objects.kommuner);
  const features = county ? all.features.filter((f) => f.properties.fylkesnummer === county) : all.features;
  // UTM zone 33's projection, as Norwegian maps use.
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitSize([WIDTH, HEIGHT], { type: "FeatureCollection", features });
  const path = geoPath(projection);
  const byNumber = new Map(rows.map((row) => [row.number, row]));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="coverage-map" role="group" aria-label={label}>
      {features.map((f) => {
        const row = byNumber.get(f.properties.nummer);
        const status = row?.status ?? "UNKNOWN";
        const name = row?.name ?? f.properties.navn;
        return (
          <path
            key={f.properties.nummer}
            d={path(f) ?? ""}
            fill={`url(#status-${status})`}
            className={f.properties.nummer === selected ? "selected" : undefined}
            data-number={f.properties.nummer}
            data-status={status}
            role="button"
            tabIndex={0}
            aria-label={`${name}: ${coverageLabel[status].toLowerCase()}`}
            aria-pressed={f.properties.nummer === selected}
            onClick={() => onSelect(f.properties.nummer)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault();
                onSelect(f.properties.nummer);
              }
            }}
          >
            <title>{`${name}: ${coverageLabel[status]}`}</title>
          </path>
        );
      })}
    </svg>
  );
}
