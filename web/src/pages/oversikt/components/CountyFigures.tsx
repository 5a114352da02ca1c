import type { CountyOverview } from "../api/county-overview";
import { Figure, Panel } from "./Panel";

/** The county's networks, supporters, coverage and institutions, each number a link to its page. */
export function CountyFigures({ county, overview }: { county: string; overview: CountyOverview }) {
  const coverage = overview.coverageMap.counties[0];
  const hull = `/hull?fylke=${encodeURIComponent(county)}`;
  const map = `/dekningskart?fylke=${coverage?.county.number ?? "alle"}`;
  return (
    <div className="panels">
      <Panel title="Nettverk og partnere">
        <Figure
          value={overview.partnershipMatrix.rows.length}
          label="nettverk"
          href={`/partnerskap?fylke=${encodeURIComponent(county)}`}
        />
        <Figure
          value={overview.supporters}
          label="personer støtter dem"
          href={`/partnerskap?fylke=${encodeURIComponent(county)}`}
        />
        <Figure value={overview.fragileNetworks.length} label="sårbare nettverk" href={hull} />
      </Panel>
      {coverage && (
        <Panel title={`Kommuner i ${coverage.county.name} (alle ordninger)`}>
          <Figure value={coverage.covered} label="dekket" href={map} />
          <Figure value={coverage.gap} label="med hull" href={`${hull}&ordning=`} />
          <Figure value={coverage.notRecorded} label="ikke registrert" href={map} />
          <Figure value={coverage.unknown} label="ukjent nettverk" href={map} />
        </Panel>
      )}
      <Panel title="Institusjoner og nettverkene de støtter">
        <ul className="plain">
          {overview.reach.map((r) => (
            <li key={r.institution.id}>
              <Figure
                value={r.networks}
                label={r.institution.name}
                href={`/hull?fylke=${encodeURIComponent(county)}&institusjon=${r.institution.id}`}
              />
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  );
}
