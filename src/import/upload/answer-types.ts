// What POST /import answers, as types only: the dashboard's Importer compiles this module too
// (web/src/pages/importer/), so it imports nothing. answer.ts builds the answer from the
// importer's own types, and the compiler checks there that they fit these.

export type ImportAction = "create" | "update" | "link" | "remove" | "unchanged";

/** One record the import would create, change, link or leave as it is. */
export interface ChangeAnswer {
  action: Exclude<ImportAction, "remove">;
  type: "initiative" | "forum" | "meeting";
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

/** A network, municipality, person or institution: its id and its name in the graph. */
export interface Ref {
  id: string;
  name: string;
}

export type SupportRole = "PRIMARY" | "BACKUP";

/** One change a spreadsheet would make, with the names an editor knows. */
export type SheetChangeAnswer = {
  action: Exclude<ImportAction, "link">;
  /** membership: the network's id; support: "person|network|institution"; note: the note's id. */
  id: string;
  network: Ref;
  /** Where the file states it, as the graph's source will say: "medlemskap.xlsx: ark «Medlemmer», rader 4–7". */
  source: string;
  /** What changes, in the importer's words (as `npm run import` prints them). */
  details: string[];
} & (
  | {
      type: "membership";
      /** The membership status before, when the import makes it LISTED. */
      statusBefore: string | null;
      added: Ref[];
      removed: Ref[];
    }
  | {
      type: "support";
      person: Ref;
      institution: Ref;
      role: SupportRole;
      /** The role the graph has now, when it changes. */
      roleBefore: SupportRole | null;
    }
  | { type: "note"; field: string; original: string; corrected: string | null; note: string }
);

/** What the importer reports beside the changes, and where in the file. */
export interface FindingAnswer {
  kind: "corrected" | "flagged" | "unreadable" | "skipped" | "secret" | "unknown" | "linked";
  /** 1-based line of the plan text, when the finding has one. */
  line?: number;
  /** Where in a Word or PDF document (page, table, row) or a spreadsheet (sheet, row, column), instead of a line. */
  location?: { sheet?: string; page?: number; table?: number; row?: number; column?: string | number };
  /** Where in the plan, in words (Norwegian): "Årshjul 2025, rad April, kolonne Regionale samlinger". */
  where: string;
  /** What the plan says there (secrets never included). */
  text: string;
  message: string;
}

export type Counts = Record<ImportAction, number> & {
  findings: Partial<Record<FindingAnswer["kind"], number>>;
};

export interface Outcome {
  preview?: { id: string; fingerprint: string; expiresAt: string };
  written?: boolean;
}

export interface PlanAnswer extends Outcome {
  kind: "plan";
  /** The file, the plan's title and layout, and the network it belongs to (for links to its pages). */
  document: { name: string; title: string; layout: string; network: string | null };
  changes: ChangeAnswer[];
  findings: FindingAnswer[];
  /** Meetings the graph has under the plan's forums that the plan no longer lists: reported, never deleted. */
  notInPlan: string[];
  counts: Counts;
}

export interface SpreadsheetAnswer extends Outcome {
  kind: "spreadsheet";
  /** The file, which table it holds, the sheet read (null in a .csv), and the networks it changes or confirms. */
  document: { name: string; table: "membership" | "partnerships"; sheet: string | null; networks: Ref[] };
  changes: SheetChangeAnswer[];
  /** Each with its sheet, row and column (`location`). */
  findings: FindingAnswer[];
  counts: Counts;
}

export type UploadAnswer = PlanAnswer | SpreadsheetAnswer;
