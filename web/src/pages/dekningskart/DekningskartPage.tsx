import { Button, Card, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { z } from "zod";
import { CoverageMapDocument, type TargetGroup } from "../../generated/graphql";
import { execute } from "../../shared/api";
import { download } from "../../shared/download";
import { explain, type MunicipalityRow, STATUSES, StatusPatterns, StatusSwatch } from "../../shared/coverage";
import { DataTable } from "../../shared/DataTable";
import { FilterBar, SchemeFilter, SelectFilter } from "../../shared/Filters";
import { useFilterOptions } from "../../shared/filters";
import { coverageLabel, formatDate, targetGroupLabel, today } from "../../shared/format";
import { QueryView } from "../../shared/QueryView";
import { useUrlState } from "../../shared/url-state";
import { CoverageMap } from "./CoverageMap";
import { svgToPng } from "../../shared/image-export";
import { mapImage } from "./map-image";

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

function Details({
  row,
  schemeName,
  onClose,
}: {
  row: MunicipalityRow;
  schemeName: string | undefined;
  onClose: () => void;
}) {
  return (
    <Card data-color="neutral" className="details" aria-labelledby="kommune-detaljer">
      <Heading level={2} data-size="sm" id="kommune-detaljer">
        {row.name} ({row.number})
      </Heading>
      <Paragraph>
        <Tag data-color={row.status === "GAP" ? "danger" : row.status === "COVERED" ? "success" : "neutral"}>
          {coverageLabel[row.status]}
        </Tag>
      </Paragraph>
      <Paragraph>{explain(row, schemeName)}</Paragraph>
      <Heading level={3} data-size="2xs">
        Nettverk
      </Heading>
      {row.networks.length > 0 ? (
        <ul>
          {row.networks.map((n) => (
            <li key={n.network.id}>
              <Link href={`/nettverk/${n.network.id}`}>{n.network.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Ingen kjent.</Paragraph>
      )}
      {row.initiatives.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            Tiltak
          </Heading>
          <ul>
            {row.initiatives.map((i) => (
              <li key={i.id}>{i.name}</li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3} data-size="2xs">
        Kilder
      </Heading>
      <ul className="sources">
        {row.sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <Button variant="tertiary" data-size="sm" onClick={onClose}>
        Lukk
      </Button>
    </Card>
  );
}

export default function DekningskartPage() {
  const [state, update] = useUrlState(filters);
  const options = useFilterOptions();
  const county = state.fylke === ALL ? undefined : state.fylke;
  const coverage = useQuery({
    queryKey: ["coverage-map", state.fylke, state.ordning, state.malgruppe],
    queryFn: () =>
      execute(CoverageMapDocument, {
        county: county ?? null,
        scheme: state.ordning || null,
        targetGroup: state.malgruppe || null,
      }),
  });
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
        {({ coverageMap }) => {
          const selected = coverageMap.municipalities.find((m) => m.number === state.kommune);
          const count = (status: string) => coverageMap.municipalities.filter((m) => m.status === status).length;
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
              <div className="table-tools">
                {(["png", "svg"] as const).map((format) => (
                  <Button
                    key={format}
                    variant="secondary"
                    data-size="sm"
                    onClick={async () => {
                      const svg = document.querySelector<SVGSVGElement>("svg.coverage-map");
                      if (!svg) return;
                      const image = mapImage(
                        svg,
                        [
                          `Dekningskart: ${scope}`,
                          `Per ${formatDate(today())}. Kilde: kompetansegraf. Kartdata © Kartverket (CC BY 4.0).`,
                        ],
                        STATUSES.map((s) => ({ status: s, label: `${coverageLabel[s]}: ${count(s)}` })),
                      );
                      if (format === "svg") download("dekningskart.svg", image.svg, "image/svg+xml");
                      else download("dekningskart.png", await svgToPng(image), "image/png");
                    }}
                  >
                    Last ned kartet ({format.toUpperCase()})
                  </Button>
                ))}
              </div>
              <div className="map-layout">
                <figure className="map-figure">
                  <CoverageMap
                    rows={coverageMap.municipalities}
                    county={county}
                    selected={state.kommune || undefined}
                    onSelect={(kommune) => update({ kommune })}
                    label={`Kart over kommunene (${scope}). Velg en kommune for detaljer.`}
                  />
                  <figcaption className="muted">
                    Dekning: {scope}. Kartdata © Kartverket (CC BY 4.0), forenklet.
                  </figcaption>
                </figure>
                {selected ? (
                  <Details row={selected} schemeName={schemeName} onClose={() => update({ kommune: "" })} />
                ) : (
                  <Paragraph className="details muted">
                    Klikk en kommune i kartet eller tabellen for å se nettverk, tiltak, begrunnelse og kilder.
                  </Paragraph>
                )}
              </div>
              <DataTable
                caption={`Kommuner (${scope})`}
                filename="dekning"
                rows={coverageMap.municipalities}
                rowKey={(m) => m.number}
                columns={[
                  {
                    label: "Kommune",
                    value: (m) => m.name,
                    render: (m) => (
                      <Button variant="tertiary" data-size="sm" onClick={() => update({ kommune: m.number })}>
                        {m.name}
                      </Button>
                    ),
                  },
                  { label: "Nummer", value: (m) => m.number },
                  { label: "Status", value: (m) => coverageLabel[m.status] },
                  { label: "Nettverk", value: (m) => m.networks.map((n) => n.network.name).join(", ") },
                  { label: "Begrunnelse", value: (m) => explain(m, schemeName) },
                ]}
              />
            </>
          );
        }}
      </QueryView>
    </>
  );
}
