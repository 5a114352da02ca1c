// The client of POST /import and POST /import/{id}/commit (README, "Importing over HTTP").
// The answer's shape is defined by src/import/upload/answer.ts; test/web/importer.test.ts
// runs this page against the real service, so the two cannot drift apart unnoticed.

export type Action = "create" | "update" | "link" | "remove" | "unchanged";
export type FindingKind = "corrected" | "flagged" | "unreadable" | "skipped" | "secret" | "unknown" | "linked";

export interface ChangeAnswer {
  action: Exclude<Action, "remove">;
  type: "initiative" | "forum" | "meeting";
  id: string;
  name: string;
  date?: string;
  details: string[];
  shared: boolean;
}

/** A network, municipality, person or institution: its id and its name in the graph. */
export interface Ref {
  id: string;
  name: string;
}

export type Role = "PRIMARY" | "BACKUP";

/** One change a membership or partnership spreadsheet would make. */
export type SheetChangeAnswer = {
  action: Exclude<Action, "link">;
  id: string;
  network: Ref;
  /** Where the file states it: "medlemskap.xlsx: ark «Medlemmer», rader 4–7". */
  source: string;
  details: string[];
} & (
  | { type: "membership"; statusBefore: string | null; added: Ref[]; removed: Ref[] }
  | { type: "support"; person: Ref; institution: Ref; role: Role; roleBefore: Role | null }
  | { type: "note"; field: string; original: string; corrected: string | null; note: string }
);

export interface Finding {
  kind: FindingKind;
  line?: number;
  where: string;
  text: string;
  message: string;
  /** Where in a Word or PDF document, or in a spreadsheet, instead of a line of text. */
  location?: { sheet?: string; page?: number; table?: number; row?: number; column?: string | number };
}

interface Outcome {
  preview?: { id: string; fingerprint: string; expiresAt: string };
  written?: boolean;
  findings: Finding[];
  counts: Record<Action, number>;
}

export interface PlanAnswer extends Outcome {
  kind: "plan";
  document: { name: string; title: string; layout: string; network: string | null };
  changes: ChangeAnswer[];
  notInPlan: string[];
}

export interface SpreadsheetAnswer extends Outcome {
  kind: "spreadsheet";
  document: { name: string; table: "membership" | "partnerships"; sheet: string | null; networks: Ref[] };
  changes: SheetChangeAnswer[];
}

export type ImportAnswer = PlanAnswer | SpreadsheetAnswer;

/** The service said no: its status, code and (English) message. */
export class ImportRefusal extends Error {
  override name = "ImportRefusal";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function send(path: string, init: RequestInit): Promise<ImportAnswer> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ImportRefusal(0, "SERVICE_UNAVAILABLE", "The service could not be reached");
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ImportRefusal(response.status, "SERVICE_UNAVAILABLE", `HTTP ${response.status}: the answer is not JSON`);
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } }).error;
    throw new ImportRefusal(response.status, error?.code ?? "UNKNOWN", error?.message ?? `HTTP ${response.status}`);
  }
  return body as ImportAnswer;
}

/** A dry run of the file: what would be written, and the report. Writes nothing. */
export function previewFile(file: File, token: string): Promise<ImportAnswer> {
  const form = new FormData();
  form.append("file", file, file.name);
  return send("/import", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
}

/** Writes exactly the previewed diff, or nothing when the graph changed since. */
export function commitPreview(preview: NonNullable<ImportAnswer["preview"]>, token: string): Promise<ImportAnswer> {
  return send(`/import/${encodeURIComponent(preview.id)}/commit`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ fingerprint: preview.fingerprint }),
  });
}
