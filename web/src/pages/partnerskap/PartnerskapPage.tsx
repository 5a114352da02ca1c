import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { z } from "zod";
import { PartnershipMatrixDocument, type PartnershipMatrixQuery } from "../../generated/graphql";
import { execute } from "../../shared/api";
import { toCsv } from "../../shared/csv";
import { download } from "../../shared/download";
import { CountyFilter, FilterBar, SchemeFilter, SwitchFilter } from "../../shared/Filters";
import { QueryView } from "../../shared/QueryView";
import { ScrollRegion } from "../../shared/ScrollRegion";
import { useUrlState } from "../../shared/url-state";

const filters = z.object({
  fylke: z.string().catch(""),
  ordning: z.string().catch(""),
  samle: z.stringbool().catch(false),
});

type Matrix = PartnershipMatrixQuery["partnershipMatrix"];
type Cell = Matrix["rows"][number]["cells"][number];

const peopleIn = (cell: Cell) => cell.primary.length + cell.backup.length;
/** Heat level 0–4 by the number of people in a cell. */
const heat = (people: number) => (people === 0 ? 0 : people === 1 ? 1 : people === 2 ? 2 : people <= 4 ? 3 : 4);
/** As the partnership table writes it: primary contacts, then backups in parentheses. */
const cellText = (cell: Cell) =>
  [
    cell.primary.map((p) => p.name).join(", "),
    cell.backup.length ? `(${cell.backup.map((p) => p.name).join(", ")})` : "",
  ]
    .filter(Boolean)
    .join(" ");

function exportMatrix(matrix: Matrix) {
  const header = ["Nettverk", ...matrix.institutions.map((i) => i.name), "Personer"];
  const rows = matrix.rows.map((row) => [
    row.network.name,
    ...row.cells.map(cellText),
    row.cells.reduce((sum, cell) => sum + peopleIn(cell), 0),
  ]);
  download("partnerskap.csv", toCsv(header, rows), "text/csv;charset=utf-8");
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const columnTotals = matrix.institutions.map(
    (_, index) => matrix.rows.filter((row) => peopleIn(row.cells[index]!) > 0).length,
  );
  const allPeople = matrix.rows.reduce((sum, row) => sum + row.cells.reduce((s, c) => s + peopleIn(c), 0), 0);
  return (
    <>
      <div className="table-tools">
        <Button variant="secondary" data-size="sm" onClick={() => exportMatrix(matrix)}>
          Last ned CSV (partnerskapstabellen)
        </Button>
      </div>
      <ScrollRegion label="Partnerskapstabellen">
        <table className="heatmap" data-testid="partnerskap">
          <caption>
            Nettverk (rader) og institusjoner (kolonner). Hver celle viser hvem som støtter nettverket på vegne av
            institusjonen: hovedkontakter, og reserver i parentes.
          </caption>
          <thead>
            <tr>
              <th scope="col">Nettverk</th>
              {matrix.institutions.map((institution) => (
                <th scope="col" key={institution.id}>
                  {institution.name}
                </th>
              ))}
              <th scope="col">Personer i alt</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.network.id}>
                <th scope="row">
                  <Link href={`/nettverk/${row.network.id}`}>{row.network.name}</Link>
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.institution.id}
                    className={`heat-${heat(peopleIn(cell))}`}
                    data-network={row.network.id}
                    data-institution={cell.institution.id}
                  >
                    {cell.primary.length > 0 && (
                      <ul className="people" aria-label="Hovedkontakter">
                        {cell.primary.map((person) => (
                          <li key={person.id}>{person.name}</li>
                        ))}
                      </ul>
                    )}
                    {cell.backup.length > 0 && (
                      <ul className="people backup" aria-label="Reserver">
                        {cell.backup.map((person) => (
                          <li key={person.id}>({person.name})</li>
                        ))}
                      </ul>
                    )}
                    {peopleIn(cell) === 0 && <span className="visually-hidden">Ingen</span>}
                  </td>
                ))}
                <td className="numeric">{row.cells.reduce((sum, cell) => sum + peopleIn(cell), 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Nettverk støttet</th>
              {columnTotals.map((total, index) => (
                <td className="numeric" key={matrix.institutions[index]!.id}>
                  {total}
                </td>
              ))}
              <td className="numeric">{allPeople}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <ul className="legend" aria-label="Fargeforklaring">
        <li>
          <span className="swatch heat-0" /> ingen
        </li>
        <li>
          <span className="swatch heat-1" /> 1 person
        </li>
        <li>
          <span className="swatch heat-2" /> 2 personer
        </li>
        <li>
          <span className="swatch heat-3" /> 3–4 personer
        </li>
        <li>
          <span className="swatch heat-4" /> 5 eller flere
        </li>
      </ul>
    </>
  );
}

export default function PartnerskapPage() {
  const [state, update] = useUrlState(filters);
  const matrix = useQuery({
    queryKey: ["partnership-matrix", state],
    queryFn: () =>
      execute(PartnershipMatrixDocument, {
        county: state.fylke || null,
        scheme: state.ordning || null,
        rollUpUnits: state.samle,
      }),
  });
  return (
    <>
      <Heading level={1} data-size="lg">
        Partnerskap
      </Heading>
      <Paragraph>
        Hvilke universiteter og høgskoler støtter hvilke nettverk, og gjennom hvem. Klikk et nettverk for
        nettverkskortet.
      </Paragraph>
      <FilterBar>
        <CountyFilter value={state.fylke} allLabel="Alle fylker" onChange={(fylke) => update({ fylke })} />
        <SchemeFilter value={state.ordning} onChange={(ordning) => update({ ordning })} />
        <SwitchFilter
          label="Regn enheter (SEPU, NTNU Skrivesenteret) med til institusjonen de hører til"
          checked={state.samle}
          onChange={(samle) => update({ samle })}
        />
      </FilterBar>
      <QueryView
        query={matrix}
        what="partnerskapstabellen"
        isEmpty={(data) => data.partnershipMatrix.rows.length === 0}
        empty={<Paragraph>Ingen nettverk har registrert støtte med disse valgene.</Paragraph>}
      >
        {(data) => <MatrixTable matrix={data.partnershipMatrix} />}
      </QueryView>
    </>
  );
}
