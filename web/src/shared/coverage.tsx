import type { CoverageMapQuery, CoverageStatus } from "../generated/graphql";

export type MunicipalityRow = CoverageMapQuery["coverageMap"]["municipalities"][number];

export const STATUSES: CoverageStatus[] = ["COVERED", "GAP", "NOT_RECORDED", "UNKNOWN"];

/** Why a municipality has its status, in Norwegian, from the facts the API returns with it. */
export function explain(row: MunicipalityRow, schemeName: string | undefined): string {
  const networks = row.networks.map((n) => n.network.name).join(", ");
  const scheme = schemeName ? `ordningen ${schemeName}` : "noen ordning";
  switch (row.status) {
    case "COVERED":
      return `Nås av ${row.initiatives.map((i) => i.name).join(", ")}.`;
    case "GAP":
      return `Medlem av ${networks}. Tiltak under ${scheme} er registrert for nettverket, men ingen av dem nevner kommunen.`;
    case "NOT_RECORDED":
      return `Medlem av ${networks}, men ingen tiltak under ${scheme} er registrert for nettverket. Det er ikke et hull, bare ukjent.`;
    case "UNKNOWN":
      return "Ingen dokumenter sier hvilket nettverk kommunen hører til.";
  }
}

/** Colour and pattern together, so the four states read apart without colour too. */
export function StatusPatterns() {
  return (
    <svg id="status-patterns" width="0" height="0" aria-hidden="true" style={{ position: "absolute" }}>
      <defs>
        <pattern id="status-GAP" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#f6b8a8" />
          <rect width="3" height="8" fill="#b2182b" />
        </pattern>
        <pattern id="status-NOT_RECORDED" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#fdf0c2" />
          <circle cx="4" cy="4" r="1.6" fill="#7a5c00" />
        </pattern>
        <pattern id="status-COVERED" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#4f9a5a" />
        </pattern>
        <pattern id="status-UNKNOWN" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#eceff1" />
        </pattern>
      </defs>
    </svg>
  );
}

export function StatusSwatch({ status }: { status: CoverageStatus }) {
  return (
    <svg className="swatch" viewBox="0 0 24 16" aria-hidden="true">
      <rect width="24" height="16" fill={`url(#status-${status})`} stroke="#555" />
    </svg>
  );
}
