import { Paragraph } from "@digdir/designsystemet-react";
import type { MunicipalityRow } from "../../../shared/coverage";
import { CoverageMap } from "./CoverageMap";
import { MapDownloads } from "./MapDownloads";
import { MunicipalityDetails } from "./MunicipalityDetails";
import { MunicipalityTable } from "./MunicipalityTable";
import { StatusLegend } from "./StatusLegend";

interface Props {
  rows: MunicipalityRow[];
  /** Two-digit county number, or undefined for all of Norway. */
  county: string | undefined;
  /** What the map shows, in words: county, scheme, target group. */
  scope: string;
  schemeName: string | undefined;
  /** The chosen municipality's number, or "". */
  selected: string;
  select: (number: string) => void;
}

/** The legend, the map beside the chosen municipality's details, and the table of them all. */
export function CoverageView({ rows, county, scope, schemeName, selected, select }: Props) {
  const chosen = rows.find((m) => m.number === selected);
  const count = (status: string) => rows.filter((m) => m.status === status).length;
  return (
    <>
      <StatusLegend count={count} />
      <MapDownloads scope={scope} count={count} />
      <div className="map-layout">
        <figure className="map-figure">
          <CoverageMap
            rows={rows}
            county={county}
            selected={selected || undefined}
            onSelect={select}
            label={`Kart over kommunene (${scope}). Velg en kommune for detaljer.`}
          />
          <figcaption className="muted">Dekning: {scope}. Kartdata © Kartverket (CC BY 4.0), forenklet.</figcaption>
        </figure>
        {chosen ? (
          <MunicipalityDetails row={chosen} schemeName={schemeName} onClose={() => select("")} />
        ) : (
          <Paragraph className="details muted">
            Klikk en kommune i kartet eller tabellen for å se nettverk, tiltak, begrunnelse og kilder.
          </Paragraph>
        )}
      </div>
      <MunicipalityTable rows={rows} scope={scope} schemeName={schemeName} select={select} />
    </>
  );
}
