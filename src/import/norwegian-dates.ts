/** Dates, times and periods as Norwegian plans write them. */

const MONTH_NAMES: [RegExp, number][] = [
  [/^jan(uar)?$/, 1],
  [/^feb(ruar)?$/, 2],
  [/^mar(s)?$/, 3],
  [/^apr(il)?$/, 4],
  [/^mai$/, 5],
  [/^jun(i)?$/, 6],
  [/^jul(i)?$/, 7],
  [/^aug(ust)?$/, 8],
  [/^sep(t|tember)?$/, 9],
  [/^okt(ober)?$/, 10],
  [/^nov(ember)?$/, 11],
  [/^des(ember)?$/, 12],
];

/** "Sept" → 9, "desember" → 12; undefined for anything else. */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return MONTH_NAMES.find(([pattern]) => pattern.test(lower))?.[1];
}

/**
 * The months a month row of an årshjul is labelled with: "Sept" → [9]; two months in a row for
 * a row that holds the dates of either, "Feb/Mars", "Mai–Juni", "Des/Jan" (across the new
 * year), "mai og juni" → [2, 3], [5, 6], [12, 1], [5, 6]; undefined for any other label. Two
 * months further apart ("Oktober-Desember") span a period whose middle the label leaves
 * unsaid: not read.
 */
export function monthsOfRow(label: string): number[] | undefined {
  // A run of spaces is tried from its first space only, not from each of them.
  const words = label.trim().split(/(?<!\s)\s*[/–-]\s*|(?<!\s)\s+og\s+/i);
  const months = words.map(monthNumber);
  if (months.some((m) => m === undefined)) return undefined;
  const [first, second, ...more] = months as number[];
  if (first === undefined || more.length > 0) return undefined;
  if (second === undefined) return [first];
  return second === (first % 12) + 1 ? [first, second] : undefined;
}

const MONTH_WORD =
  "jan(?:uar)?|feb(?:ruar)?|mars|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?";

// "24.09.24", "12.02.2026"; "16. oktober", "9.august", "16.okt", "27. november 2024"; "16/10".
const DATE = new RegExp(
  `(?<![\\d.])(?:(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?!\\d)` +
    `|(\\d{1,2})\\.\\s*(${MONTH_WORD})\\.?(?![a-zæøå])(?:\\s+(20\\d{2})(?!\\d))?` +
    `|(\\d{1,2})\\/(\\d{1,2})(?![\\d/]))`,
  "gi",
);

export interface DateMention {
  /** Where the mention starts and ends in the text. */
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  /** The year when written (two-digit years read as 20yy). */
  year?: number;
  /** How it is written, so that a correction can be proposed in the same form. */
  form: "numeric" | "named" | "slash";
}

const validDay = (day: number, month: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();

/** A match of DATE as a mention; undefined for a date that cannot exist. */
function mentionOf(m: RegExpExecArray): DateMention | undefined {
  const [whole] = m;
  const start = m.index;
  let mention: Omit<DateMention, "start" | "end" | "text">;
  if (m[1] !== undefined) {
    const year = Number(m[3]);
    mention = { day: Number(m[1]), month: Number(m[2]), year: year < 100 ? 2000 + year : year, form: "numeric" };
  } else if (m[4] !== undefined) {
    mention = {
      day: Number(m[4]),
      month: monthNumber(m[5] ?? "") ?? 0,
      form: "named",
      ...(m[6] ? { year: Number(m[6]) } : {}),
    };
  } else {
    mention = { day: Number(m[7]), month: Number(m[8]), form: "slash" };
  }
  return validDay(mention.day, mention.month)
    ? { ...mention, start, end: start + whole.length, text: whole }
    : undefined;
}

/** Every date written in the text, in order; written dates that cannot exist are returned apart. */
export function findDates(text: string): { dates: DateMention[]; impossible: string[] } {
  const dates: DateMention[] = [];
  const impossible: string[] = [];
  for (const m of text.matchAll(DATE)) {
    const mention = mentionOf(m);
    if (mention) dates.push(mention);
    else impossible.push(m[0]);
  }
  return { dates, impossible };
}

const DATE_HERE = new RegExp(DATE.source, "iy");

/**
 * The first date of findDates(text) if it starts within the first three characters, found
 * without reading the rest of the text: a caller that asks at every word reads a long text once.
 */
export function dateAtStart(text: string): DateMention | undefined {
  for (let at = 0; at <= 2; at++) {
    DATE_HERE.lastIndex = at;
    const m = DATE_HERE.exec(text);
    // Any later date starts past the first match's end, which is past the third character.
    if (m) return mentionOf(m);
  }
  return undefined;
}

export interface TimeRange {
  startTime: string;
  endTime?: string;
  /** Characters of the text the range took up. */
  length: number;
}

const TIME_RANGE = /^[\s,]*(kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(?:\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?)?(?![\d.:]*\d)/i;

const clock = (hours: string, minutes: string | undefined): string | undefined => {
  const h = Number(hours);
  const min = Number(minutes ?? "0");
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}` : undefined;
};

/**
 * The time range at the start of `text` (what follows a date): "kl. 10.00-12.00",
 * "kl 09.30 - 15", "10-11", "kl 12". A bare number needs "kl" or a dash to be a time.
 */
export function timeRangeAt(text: string): TimeRange | undefined {
  const m = TIME_RANGE.exec(text);
  if (!m) return undefined;
  const [whole, kl, h1, m1, h2, m2] = m;
  if (!kl && h2 === undefined) return undefined;
  const startTime = clock(h1 ?? "", m1);
  const endTime = h2 === undefined ? undefined : clock(h2, m2);
  if (!startTime || (h2 !== undefined && !endTime)) return undefined;
  return endTime ? { startTime, endTime, length: whole.length } : { startTime, length: whole.length };
}

export const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The year a month falls in within a school year that starts in August of `firstYear`. */
export const schoolYearOf = (firstYear: number, month: number) => (month >= 8 ? firstYear : firstYear + 1);

/** A school year written "2024/2025", "2024-25", "Høst 25 – vår 26": its first year. */
export function schoolYearIn(text: string): number | undefined {
  const full = /\b(20\d{2})\s*[/–-]\s*(?:20)?(\d{2})\b/.exec(text);
  if (full && (Number(full[2]) - Number((full[1] ?? "").slice(2)) + 100) % 100 === 1) return Number(full[1] ?? "");
  const seasons = /høst\s*(\d{2}|\d{4})\b/i.exec(text);
  if (seasons) return toYear(seasons[1] ?? "");
  return undefined;
}

const toYear = (written: string) => (written.length === 2 ? 2000 + Number(written) : Number(written));

/**
 * The months a "when" text names: "Høst 25- vår 26", "august 2025", "i november 2025 Vår 2026",
 * "2 møter høst 2025 2 møter vår 2026". Høst is August–December, vår January–June.
 */
export function periodIn(text: string): { from: string; to: string } | undefined {
  const months: string[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(høst|vår|${MONTH_WORD})\\s*(\\d{4}|\\d{2})(?!\\d)`, "gi"))) {
    const word = (m[1] ?? "").toLowerCase();
    const year = toYear(m[2] ?? "");
    if (word === "høst") months.push(`${year}-08`, `${year}-12`);
    else if (word === "vår") months.push(`${year}-01`, `${year}-06`);
    else months.push(`${year}-${String(monthNumber(word)).padStart(2, "0")}`);
  }
  if (months.length === 0) return undefined;
  months.sort();
  return { from: months[0] ?? "", to: months[months.length - 1] ?? "" };
}
