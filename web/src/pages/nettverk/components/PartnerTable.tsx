import { DataTable } from "../../../shared/DataTable";
import { useFilterOptions } from "../../../shared/filter-queries";
import type { Partner } from "../api/network-partners";

export function PartnerTable({ partners }: { partners: Partner[] }) {
  const schemes = new Map(useFilterOptions().data?.schemes.map((s) => [s.id, s.name]));
  const names = (p: Partner, role: "PRIMARY" | "BACKUP") =>
    p.supporters
      .filter((s) => s.role === role)
      .map((s) => s.person.name)
      .join(", ");
  return (
    <DataTable
      caption="Partnere og personer"
      filename="partnere"
      rows={partners}
      rowKey={(p) => p.institution.id}
      columns={[
        { label: "Institusjon", value: (p) => p.institution.name },
        { label: "Hovedkontakter", value: (p) => names(p, "PRIMARY") },
        { label: "Reserver", value: (p) => names(p, "BACKUP") },
        { label: "Ordninger", value: (p) => p.schemes.map((id) => schemes.get(id) ?? id).join(", ") },
        { label: "Tiltak", value: (p) => p.initiatives.map((i) => i.name).join("; ") },
      ]}
    />
  );
}
