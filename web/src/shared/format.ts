import type { CoverageStatus, MembershipStatus, SupportRole, TargetGroup } from "../generated/graphql";

/** Norwegian order: Æ, Ø, Å after Z. */
export const collator = new Intl.Collator("nb");
export const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

const longDate = new Intl.DateTimeFormat("nb", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthYear = new Intl.DateTimeFormat("nb", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-03-05" → "torsdag 5. mars 2026". Dates are calendar days: read and shown in UTC so no zone shifts them. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2025-03" → "mars 2025". */
export function formatMonth(isoMonth: string): string {
  return monthYear.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** "11:00:00" → "11.00", the Norwegian way. */
export function formatTime(time: string | null | undefined): string {
  return time ? time.slice(0, 5).replace(":", ".") : "";
}

export function timeSpan(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return "hele dagen";
  return end ? `${formatTime(start)}–${formatTime(end)}` : `fra ${formatTime(start)}`;
}

/** Today as an ISO date in the user's own zone. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export const coverageLabel: Record<CoverageStatus, string> = {
  COVERED: "Dekket",
  GAP: "Hull",
  NOT_RECORDED: "Ikke registrert",
  UNKNOWN: "Ukjent",
};

export const membershipLabel: Record<MembershipStatus, string> = {
  LISTED: "Oppført (et dokument lister medlemmene)",
  INFERRED: "Utledet av planene (kan være ufullstendig)",
  UNKNOWN: "Ukjent (ingen dokumenter sier hvilke kommuner som er med)",
};

export const roleLabel: Record<SupportRole, string> = { PRIMARY: "Hovedkontakt", BACKUP: "Reserve" };

export const targetGroupLabel: Record<TargetGroup, string> = {
  KINDERGARTEN: "Barnehage",
  SCHOOL: "Skole",
  SFO: "SFO",
  PPT: "PPT",
  UPPER_SECONDARY: "Videregående",
};
