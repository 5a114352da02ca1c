import { Button } from "@digdir/designsystemet-react";
import { Link } from "wouter";
import { ScrollRegion } from "../../../shared/ScrollRegion";
import type { Cell, Matrix } from "../api/partnership-matrix";
import { exportMatrix, heat, peopleIn, peopleInRow } from "../matrix-cells";

/** Networks by institutions, each cell the people through whom the institution supports the network. */
export function MatrixTable({ matrix }: { matrix: Matrix }) {
  const columnTotals = matrix.institutions.map(
    (_, index) => matrix.rows.filter((row) => peopleIn(row.cells[index]!) > 0).length,
  );
  const allPeople = matrix.rows.reduce((sum, row) => sum + peopleInRow(row), 0);
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
                  <MatrixCell key={cell.institution.id} network={row.network.id} cell={cell} />
                ))}
                <td className="numeric">{peopleInRow(row)}</td>
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
      <HeatLegend />
    </>
  );
}

function MatrixCell({ network, cell }: { network: string; cell: Cell }) {
  return (
    <td className={`heat-${heat(peopleIn(cell))}`} data-network={network} data-institution={cell.institution.id}>
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
  );
}

function HeatLegend() {
  return (
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
  );
}
