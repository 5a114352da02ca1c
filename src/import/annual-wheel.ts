import type { SeedRecord } from "../seed/records/index.js";
import { cellText, readCell, slugify, stripTags } from "./cell-text.js";
import { type KnownPlaces, type MeetingText, meetingAnchors, readMeetingText, splitAtAnchors } from "./meeting-text.js";
import { type DateMention, findDates, isoDate, monthsOfRow, schoolYearOf } from "./norwegian-dates.js";
import type { Finding } from "./report.js";

/** A meeting read from an årshjul, with what the contradiction checks need. */
export interface ReadMeeting {
  record: SeedRecord<"meetings">;
  read: MeetingText;
  line: number;
  where: string;
}

export interface AnnualWheel {
  forums: SeedRecord<"forums">[];
  meetings: ReadMeeting[];
}

interface Row {
  line: number;
  label: string;
  cells: string[];
  year?: number;
}

/** A month of a month row, and the year its dates fall in. */
interface RowMonth {
  month: number;
  year: number;
}

/**
 * The years of a month row's months: by the school year, as the plan's period gives it; when
 * the row stands in a table headed by a year that none of its months falls in by the school
 * year, the heading decides for its first month and the others follow it in the calendar.
 */
function rowMonths(months: readonly number[], tableYear: number | undefined, firstYear: number): RowMonth[] {
  const bySchoolYear = months.map((month) => ({ month, year: schoolYearOf(firstYear, month) }));
  if (tableYear === undefined || bySchoolYear.some((m) => m.year === tableYear)) return bySchoolYear;
  const shift = tableYear - (bySchoolYear[0]?.year ?? tableYear);
  return bySchoolYear.map((m) => ({ month: m.month, year: m.year + shift }));
}

const cellsOf = (line: string) => line.split("\t");
const isYearRow = (cells: string[]) => /^\d{4}$/.test(stripTags(cells[0] ?? "")) && cells.length > 1;

/** Where the årshjul's header table begins: a row of column headings over a "Hvem" row; else -1. */
export function annualWheelStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i] ?? "");
    if (cells.length < 2 || stripTags(cells[0] ?? "") !== "") continue;
    const next = lines.slice(i + 1).find((l) => l.trim() !== "");
    if (next !== undefined && /^hvem\b/i.test(stripTags(cellsOf(next)[0] ?? ""))) return i;
  }
  return -1;
}

/**
 * Reads an årshjul: the header table gives the forums (columns, "Hvem", purpose), the year
 * tables' month rows give dated meetings and undated activities. The year of a date comes
 * from the table it stands in; a written year that contradicts it is corrected and noted.
 */
export function readAnnualWheel(
  lines: readonly string[],
  start: number,
  context: {
    document: string;
    initiative: string;
    firstYear: number;
    existingForums: Map<string, string>;
    places: KnownPlaces;
  },
  findings: Finding[],
): AnnualWheel {
  const { document, initiative, firstYear, places } = context;
  const headings = cellsOf(lines[start] ?? "")
    .slice(1)
    .map(stripTags);
  const rows = tableRows(lines, start, findings);
  const who = rows.find((r) => /^hvem\b/i.test(r.label));
  const purpose = rows.find((r) => /^ansvar/i.test(r.label));
  const forums = forumsOf(headings, who, purpose, context, findings);
  if (!who)
    findings.push({
      kind: "unreadable",
      line: start + 1,
      where: "Årshjul, hodetabellen",
      text: "",
      message: "ingen Hvem-rad: det står ikke hvem som deltar",
    });

  const meetings: ReadMeeting[] = [];
  for (const row of rows) {
    const labelled = monthsOfRow(row.label);
    if (labelled === undefined) {
      if (row !== who && row !== purpose && row.year === undefined) {
        findings.push({
          kind: "skipped",
          line: row.line,
          where: "Årshjul",
          text: row.label,
          message: "en rad som verken er en måned eller Hvem/Ansvar",
        });
      }
      continue;
    }
    const months = rowMonths(labelled, row.year, firstYear);
    row.cells.forEach((raw, c) => {
      meetings.push(...readMonthCell(raw, forums[c], { row, months, initiative, document, places }, findings));
    });
  }
  numberSameDayMeetings(meetings);
  return { forums, meetings };
}

interface Part {
  text: string;
  lead?: string;
  anchor?: DateMention;
}

const looksLikeAMeeting = (text: string) =>
  (/\buke\s*\d+|\bdato\b|\bkl\.?\s*\d|\d{1,2}[.:]\d{2}\s*[-–]/i.test(text) || findDates(text).impossible.length > 0) &&
  /møte|samling|webinar|fagdag|\bkl\b/i.test(text);

function meetingFrom(
  text: string,
  { anchor, lead }: Part & { anchor: DateMention },
  at: {
    months: RowMonth[];
    row: Row;
    /** In the report, in Norwegian. */
    where: string;
    /** In the meeting's source, as the seeds write it. */
    location: string;
    forum: SeedRecord<"forums">;
    initiative: string;
    document: string;
    places: KnownPlaces;
  },
  findings: Finding[],
): ReadMeeting {
  const read = readMeetingText(text, anchor, at.places, lead);
  // A date of a month the row is not labelled with takes the year of the row's first month.
  const own = at.months.find((m) => m.month === anchor.month);
  const year = (own ?? at.months[0])?.year ?? 0;
  const table = at.months.length > 1 ? `the row ${at.row.label} of the table headed` : "the table headed";
  const inTable = at.months.length > 1 ? `raden ${at.row.label} i tabellen for` : "tabellen for";
  const record: SeedRecord<"meetings"> = {
    id: "",
    title: at.forum.name,
    date: isoDate(year, anchor.month, anchor.day),
    agenda: read.agenda,
    forums: [at.forum.id],
    initiatives: [at.initiative],
    text,
    source: { document: at.document, location: at.location },
  };
  if (anchor.year !== undefined && anchor.year !== year) {
    record.dataQuality = [
      {
        field: "date",
        original: anchor.text,
        corrected: record.date,
        note:
          at.months.length > 1
            ? `Wrong year: the entry stands in ${table} ${at.row.year ?? year}, where month ${anchor.month} falls in ${year}.`
            : `Wrong year: the entry stands in the table headed ${year} (row ${at.row.label}).`,
      },
    ];
    findings.push({
      kind: "corrected",
      line: at.row.line,
      where: at.where,
      text: anchor.text,
      message: `året stemmer ikke med ${inTable} ${at.row.year ?? year}: lest som ${record.date}`,
    });
  }
  if (!own) {
    findings.push({
      kind: "flagged",
      line: at.row.line,
      where: at.where,
      text: anchor.text,
      message: `en dato i måned ${anchor.month} står i raden ${at.row.label}; beholdt slik den er skrevet`,
    });
  }
  for (const key of ["startTime", "endTime", "mode", "online", "place"] as const) {
    if (read[key] !== undefined) Object.assign(record, { [key]: read[key] });
  }
  if (lead) record.audience = lead;
  record.id = `${at.forum.id}-${record.date}`;
  return { record, read, line: at.row.line, where: at.where };
}

/** The rows of the årshjul's tables after its header row; a cell that wrapped onto the next line joins its row. */
function tableRows(lines: readonly string[], start: number, findings: Finding[]): Row[] {
  const rows: Row[] = [];
  let year: number | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i] ?? "";
    if (text.trim() === "") continue;
    const cells = cellsOf(text);
    const previous = rows[rows.length - 1];
    if (cells.length < 2) {
      findings.push({
        kind: "skipped",
        line: i + 1,
        where: "Årshjul",
        text: text.trim(),
        message: "ikke en tabellrad (et sidehode?)",
      });
    } else if (isYearRow(cells)) {
      year = Number(stripTags(cells[0] ?? ""));
      rows.push({ line: i + 1, label: String(year), cells: cells.slice(1), year });
    } else if (stripTags(cells[0] ?? "") === "" && previous) {
      // A cell that wrapped onto the next line continues the row above.
      previous.cells = previous.cells.map((cell, c) => [cell, cells[c + 1] ?? ""].join(" ").trim());
    } else {
      rows.push({
        line: i + 1,
        label: stripTags(cells[0] ?? ""),
        cells: cells.slice(1),
        ...(year === undefined ? {} : { year }),
      });
    }
  }

  return rows;
}

/** The forums the header table's columns name, with who takes part (Hvem) and their purpose (Ansvar …). */
function forumsOf(
  headings: string[],
  who: Row | undefined,
  purpose: Row | undefined,
  context: { document: string; initiative: string; existingForums: Map<string, string> },
  findings: Finding[],
): SeedRecord<"forums">[] {
  const { document, initiative } = context;
  return headings.map((name, c): SeedRecord<"forums"> => {
    const whoCell = cellText(who?.cells[c] ?? "");
    const purposeCell = readCell(purpose?.cells[c] ?? "");
    for (const [row, cell] of [
      [who, whoCell],
      [purpose, purposeCell],
    ] as const) {
      if (row && cell.hadSecrets)
        findings.push({
          kind: "secret",
          line: row.line,
          where: `Årshjul, hodetabellen, rad ${row.label}, kolonne ${name}`,
          text: "",
          message: "utelatt en møtelenke, møte-ID eller et passord",
        });
    }
    return {
      id: context.existingForums.get(name.toLowerCase()) ?? `${initiative}-${slugify(name)}`,
      name,
      initiative,
      who: whoCell.text || "(not stated in the plan)",
      purpose: purposeCell.paragraphs.map((p) => p.text),
      activities: [],
      source: { document, location: `Årshjul header table, column ${name}` },
    };
  });
}

/** Two meetings of one forum on one day: the second gets "-2". */
function numberSameDayMeetings(meetings: ReadMeeting[]): void {
  const seen = new Map<string, number>();
  for (const { record } of meetings) {
    const n = (seen.get(record.id) ?? 0) + 1;
    seen.set(record.id, n);
    if (n > 1) record.id = `${record.id}-${n}`;
  }
}

/**
 * The meetings of one cell of a month row; a cell without a readable date is the forum's
 * activity of the month (of a two-month row, its first month).
 */
function readMonthCell(
  raw: string,
  forum: SeedRecord<"forums"> | undefined,
  {
    row,
    months,
    initiative,
    document,
    places,
  }: {
    row: Row;
    months: RowMonth[];
    initiative: string;
    document: string;
    places: KnownPlaces;
  },
  findings: Finding[],
): ReadMeeting[] {
  const [{ month, year: tableYear } = { month: 1, year: 0 }] = months;
  if (!forum) {
    if (stripTags(raw) !== "")
      findings.push({
        kind: "skipped",
        line: row.line,
        where: `Årshjul ${tableYear}, rad ${row.label}`,
        text: stripTags(raw),
        message: "en celle etter siste kolonne",
      });
    return [];
  }
  const where = `Årshjul ${tableYear}, rad ${row.label}, kolonne ${forum.name}`;
  const location = `Årshjul ${tableYear}, row ${row.label}, column ${forum.name}`;
  const cell = readCell(raw);
  if (cell.hadSecrets)
    findings.push({
      kind: "secret",
      line: row.line,
      where,
      text: "",
      message: "utelatt en møtelenke, møte-ID eller et passord",
    });
  const parts: Part[] = cell.paragraphs.flatMap((p) => {
    const anchors = meetingAnchors(p.text, p.lead);
    if (anchors.length === 0) return [{ text: p.text }];
    return splitAtAnchors(p.text, anchors).map((s) => ({ ...s, ...(p.lead ? { lead: p.lead } : {}) }));
  });
  if (!parts.some((p) => p.anchor)) {
    const text = parts.map((p) => p.text).join(" ");
    if (text === "") return [];
    forum.activities?.push({ month: isoDate(tableYear, month, 1).slice(0, 7), text });
    if (looksLikeAMeeting(text)) {
      findings.push({
        kind: "unreadable",
        line: row.line,
        where,
        text,
        message: "ser ut som et møte, men har ingen dato som kan leses; beholdt som en aktivitet i måneden",
      });
    }
    return [];
  }
  // A paragraph without a date of its own belongs to the meeting before it (or after it).
  const cellMeetings: ReadMeeting[] = [];
  let pending = "";
  for (const part of parts) {
    const last = cellMeetings[cellMeetings.length - 1];
    if (!part.anchor) {
      if (last) last.record.text = `${last.record.text} ${part.text}`;
      else pending = `${pending} ${part.text}`.trim();
      continue;
    }
    const at = { months, row, where, location, forum, initiative, document, places };
    const prefix = pending ? `${pending} ` : "";
    const anchor = {
      ...part.anchor,
      start: part.anchor.start + prefix.length,
      end: part.anchor.end + prefix.length,
    };
    cellMeetings.push(meetingFrom(prefix + part.text, { ...part, anchor }, at, findings));
    pending = "";
  }
  return cellMeetings;
}
