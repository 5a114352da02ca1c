import { isSlug } from "../../text/ids.js";
import { withoutSecrets } from "../../text/secrets.js";
import type { Change } from "../changes.js";
import type { Finding } from "../report.js";
import type { UploadDiff } from "./index.js";
import type { Preview } from "./previews.js";

/** One record the import would create, change, link or leave as it is. */
export interface ChangeAnswer {
  action: Change["action"];
  type: Change["kind"];
  id: string;
  /** The record's name or title as the plan writes it. */
  name: string;
  /** A meeting's date (YYYY-MM-DD). */
  date?: string;
  /** What changes: "field: old → new", or the facts of a new record. */
  details: string[];
  /** A meeting another plan holds too: this plan only links to it. */
  shared: boolean;
}

export interface UploadAnswer {
  preview?: { id: string; fingerprint: string; expiresAt: string };
  written?: boolean;
  /** The file, the plan's title and layout, and the network it belongs to (for links to its pages). */
  document: { name: string; title: string; layout: string; network: string | null };
  changes: ChangeAnswer[];
  findings: Finding[];
  /** Meetings the graph has under the plan's forums that the plan no longer lists: reported, never deleted. */
  notInPlan: string[];
  counts: Record<Change["action"], number> & { findings: Partial<Record<Finding["kind"], number>> };
}

/** Every text of an answer through the secret filter; ids (slugs) are references and stay as they are. */
function filtered<T>(value: T): T {
  if (typeof value === "string") return (isSlug(value) ? value : withoutSecrets(value)) as T;
  if (Array.isArray(value)) return value.map(filtered) as T;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, filtered(item)])) as T;
  }
  return value;
}

/** The JSON an editor gets for a preview or a commit: the diff, record by record, and the line-by-line report. */
export function uploadAnswer(
  document: string,
  { plan, changes, notInPlan }: UploadDiff,
  outcome: { preview: Preview } | { written: boolean },
): UploadAnswer {
  const names = new Map<string, { name: string; date?: string }>([
    ...plan.initiatives.map((i) => [`initiative:${i.id}`, { name: i.name }] as const),
    ...plan.forums.map((f) => [`forum:${f.id}`, { name: f.name }] as const),
    ...plan.meetings.map((m) => [`meeting:${m.id}`, { name: m.title, date: m.date }] as const),
  ]);
  const count = (action: Change["action"]) => changes.filter((c) => c.action === action).length;
  const findings: UploadAnswer["counts"]["findings"] = {};
  for (const finding of plan.findings) findings[finding.kind] = (findings[finding.kind] ?? 0) + 1;
  return filtered({
    ...("preview" in outcome
      ? {
          preview: {
            id: outcome.preview.id,
            fingerprint: outcome.preview.fingerprint,
            expiresAt: outcome.preview.expiresAt.toISOString(),
          },
        }
      : { written: outcome.written }),
    document: { name: document, title: plan.title, layout: plan.layout, network: plan.initiatives[0]?.network ?? null },
    changes: changes.map((c) => ({
      action: c.action,
      type: c.kind,
      id: c.id,
      ...(names.get(`${c.kind}:${c.id}`) ?? { name: c.id }),
      details: c.details,
      shared: c.shared ?? false,
    })),
    findings: plan.findings,
    notInPlan,
    counts: {
      create: count("create"),
      update: count("update"),
      link: count("link"),
      unchanged: count("unchanged"),
      findings,
    },
  });
}
