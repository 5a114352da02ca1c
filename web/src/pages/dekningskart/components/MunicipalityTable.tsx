import { Button } from "@digdir/designsystemet-react";
import { explain, type MunicipalityRow } from "../../../shared/coverage";
import { DataTable } from "../../../shared/DataTable";
import { coverageLabel } from "../../../shared/format";

interface Props {
  rows: MunicipalityRow[];
  scope: string;
  schemeName: string | undefined;
  select: (number: string) => void;
}

export function MunicipalityTable({ rows, scope, schemeName, select }: Props) {
  return (
    <DataTable
      caption={`Kommuner (${scope})`}
      filename="dekning"
      rows={rows}
      rowKey={(m) => m.number}
      columns={[
        {
          label: "Kommune",
          value: (m) => m.name,
          render: (m) => (
            <Button variant="tertiary" data-size="sm" onClick={() => select(m.number)}>
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
  );
}
