import { Card, Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { z } from "zod";
import { OverviewDocument } from "../../generated/graphql";
import { execute } from "../../shared/api";
import { DataTable } from "../../shared/DataTable";
import { CountyFilter, FilterBar } from "../../shared/FilterControls";
import { formatDate, timeSpan, today } from "../../shared/format";
import { QueryView } from "../../shared/QueryView";
import { useUrlState } from "../../shared/url-state";

const filters = z.object({ fylke: z.string().min(1).catch("Trøndelag") });

function Figure({ value, label, href }: { value: number; label: string; href: string }) {
  return (
    <Link href={href} className="figure">
      <span className="figure-value">{value}</span> <span className="figure-label">{label}</span>
    </Link>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card data-color="neutral" className="panel">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      {children}
    </Card>
  );
}

export default function OversiktPage() {
  const [state, update] = useUrlState(filters);
  const from = today();
  const until = new Date(Date.parse(`${from}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  const overview = useQuery({
    queryKey: ["overview", state.fylke, from],
    queryFn: () => execute(OverviewDocument, { county: state.fylke, today: from, until }),
  });
  const hull = `/hull?fylke=${encodeURIComponent(state.fylke)}`;
  return (
    <>
      <Heading level={1} data-size="lg">
        Oversikt: {state.fylke}
      </Heading>
      <FilterBar>
        <CountyFilter value={state.fylke} onChange={(fylke) => update({ fylke })} />
      </FilterBar>
      <QueryView query={overview} what="oversikten">
        {(data) => {
          const coverage = data.coverageMap.counties[0];
          const matrix = data.partnershipMatrix;
          const people = new Set(
            matrix.rows.flatMap((r) => r.cells.flatMap((c) => [...c.primary, ...c.backup].map((p) => p.id))),
          );
          const reach = matrix.institutions.map((institution, index) => ({
            institution,
            networks: matrix.rows.filter((r) => {
              const cell = r.cells[index];
              return cell !== undefined && cell.primary.length + cell.backup.length > 0;
            }).length,
          }));
          const map = `/dekningskart?fylke=${coverage?.county.number ?? "alle"}`;
          return (
            <>
              <div className="panels">
                <Panel title="Nettverk og partnere">
                  <Figure
                    value={matrix.rows.length}
                    label="nettverk"
                    href={`/partnerskap?fylke=${encodeURIComponent(state.fylke)}`}
                  />
                  <Figure
                    value={people.size}
                    label="personer støtter dem"
                    href={`/partnerskap?fylke=${encodeURIComponent(state.fylke)}`}
                  />
                  <Figure value={data.fragileNetworks.length} label="sårbare nettverk" href={hull} />
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
                    {reach.map((r) => (
                      <li key={r.institution.id}>
                        <Figure
                          value={r.networks}
                          label={r.institution.name}
                          href={`/hull?fylke=${encodeURIComponent(state.fylke)}&institusjon=${r.institution.id}`}
                        />
                      </li>
                    ))}
                  </ul>
                </Panel>
              </div>
              <div className="panels">
                <Panel title="Neste frister">
                  {data.upcomingDeadlines.length === 0 ? (
                    <Paragraph>Ingen frister er registrert.</Paragraph>
                  ) : (
                    <ul>
                      {data.upcomingDeadlines.slice(0, 4).map((d) => (
                        <li key={d.deadlineId}>
                          <Link href={`/arshjul?maned=${d.date.slice(0, 7)}`}>{formatDate(d.date)}</Link>: {d.name}
                          {d.setLocally ? " (dato settes lokalt)" : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                </Panel>
                <Panel title="Neste møter (90 dager)">
                  {data.meetingsPage.meetings.length === 0 ? (
                    <Paragraph>
                      Ingen møter registrert fra {formatDate(from)} til {formatDate(until)}.{" "}
                      <Link href="/arshjul">Se årshjulet</Link>.
                    </Paragraph>
                  ) : (
                    <ul>
                      {data.meetingsPage.meetings.map((m) => (
                        <li key={m.id}>
                          <Link href={`/arshjul?maned=${m.date.slice(0, 7)}`}>{formatDate(m.date)}</Link>,{" "}
                          {timeSpan(m.startTime, m.endTime)}: {m.title}
                        </li>
                      ))}
                    </ul>
                  )}
                </Panel>
              </div>
              <section aria-labelledby="datakvalitet">
                <Heading level={2} data-size="sm" id="datakvalitet">
                  Merknader om datakvalitet ({data.dataQualityNotes.length})
                </Heading>
                {data.dataQualityNotes.length === 0 ? (
                  <Paragraph>Ingen merknader.</Paragraph>
                ) : (
                  <Details>
                    <Details.Summary>Vis rettelsene og tvilen i kildene</Details.Summary>
                    <Details.Content>
                      <DataTable
                        caption="Rettelser og tvil i kildene"
                        filename="datakvalitet"
                        rows={data.dataQualityNotes}
                        rowKey={(n) => n.id}
                        columns={[
                          { label: "Gjelder", value: (n) => `${n.subjectType} ${n.subjectId}` },
                          { label: "Felt", value: (n) => n.field },
                          { label: "I dokumentet", value: (n) => n.original },
                          { label: "Rettet til", value: (n) => n.corrected ?? "uavklart" },
                          { label: "Merknad", value: (n) => n.note },
                        ]}
                      />
                    </Details.Content>
                  </Details>
                )}
              </section>
            </>
          );
        }}
      </QueryView>
    </>
  );
}
