import { type Block, type Cell, escapeHtml, type Row, type Uncertain } from "./model.js";

/** A run of text on a page, in PDF points with y upwards (the baseline). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
  href?: string;
}
/** A straight drawn line (a table rule), axis-aligned: horizontal when y1 = y2. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface PageContent {
  number: number;
  runs: TextRun[];
  segments: Segment[];
}

/** A table found on one page, before tables that continue over pages are joined. */
interface PageTable {
  top: number;
  columns: number[];
  rows: { cells: Cell[]; uncertain?: string }[];
}

const NEAR = 2;
const near = (a: number, b: number) => Math.abs(a - b) <= NEAR;

/** Distinct values, those closer than NEAR taken as one. */
function clusters(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last === undefined || !near(last, v)) out.push(v);
  }
  return out;
}

const isHorizontal = (s: Segment) => near(s.y1, s.y2) && Math.abs(s.x2 - s.x1) > NEAR;
const isVertical = (s: Segment) => near(s.x1, s.x2) && Math.abs(s.y2 - s.y1) > NEAR;

/** Rules that touch or cross belong to one grid: the tables of a page. */
function grids(segments: Segment[]): Segment[][] {
  const rules = segments
    .filter((s) => isHorizontal(s) || isVertical(s))
    .map((s) => ({
      x1: Math.min(s.x1, s.x2),
      x2: Math.max(s.x1, s.x2),
      y1: Math.min(s.y1, s.y2),
      y2: Math.max(s.y1, s.y2),
    }));
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const touch = (a: Segment, b: Segment) =>
    a.x1 - NEAR <= b.x2 && b.x1 - NEAR <= a.x2 && a.y1 - NEAR <= b.y2 && b.y1 - NEAR <= a.y2;
  rules.forEach((a, i) => rules.forEach((b, j) => j > i && touch(a, b) && (parent[find(i)] = find(j))));
  const groups = new Map<number, Segment[]>();
  rules.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()].filter((g) => g.filter(isHorizontal).length >= 2 && g.filter(isVertical).length >= 2);
}

/** Runs on one baseline, left to right, become a line of light HTML; gaps wider than a space become spaces. */
function lineHtml(runs: TextRun[]): string {
  let html = "";
  let end: number | undefined;
  let open: { bold: boolean; href?: string } = { bold: false };
  const close = () => (open.bold ? "</b>" : "") + (open.href ? "</a>" : "");
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    if (end !== undefined && run.x - end > run.size * 0.15 && !/\s$/.test(html)) html += " ";
    if (run.bold !== open.bold || run.href !== open.href) {
      html += close();
      open = { bold: run.bold, ...(run.href ? { href: run.href } : {}) };
      html += (open.href ? `<a href="${escapeHtml(open.href)}">` : "") + (open.bold ? "<b>" : "");
    }
    html += escapeHtml(run.text);
    end = run.x + run.width;
  }
  return (html + close())
    .replace(/(?<!\s)(\s+)<\/b>/g, "</b>$1")
    .replace(/<b>(\s*)<\/b>/g, "$1")
    .trim();
}

/**
 * Runs into paragraphs: runs within half a size of one baseline are a line; a gap between
 * lines wider than a line and a half starts a new paragraph (the layout of a paragraph break).
 */
export function paragraphsOf(runs: TextRun[]): { text: string; top: number }[] {
  const lines: { runs: TextRun[]; y: number; size: number }[] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - run.y) <= run.size * 0.5);
    if (line) line.runs.push(run);
    else lines.push({ runs: [run], y: run.y, size: run.size });
  }
  lines.sort((a, b) => b.y - a.y);
  const paragraphs: { lines: string[]; top: number }[] = [];
  let previous: (typeof lines)[number] | undefined;
  for (const line of lines) {
    const text = lineHtml(line.runs);
    const last = paragraphs[paragraphs.length - 1];
    if (last && previous && previous.y - line.y < Math.max(previous.size, line.size) * 1.45) last.lines.push(text);
    else paragraphs.push({ lines: [text], top: line.y + line.size });
    previous = line;
  }
  return paragraphs.map((p) => ({ text: joinedRuns(joinLines(p.lines)), top: p.top }));
}

/**
 * Lines of a paragraph wrapped by the layout, joined by a space: a space at a line's end
 * cannot be seen. A compound broken at its hyphen ("PP-" + "tjenesten") is one word again.
 */
const joinLines = (lines: string[]) =>
  lines.reduce(
    (text, line) =>
      text === "" ? line : /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) ? text + line : `${text} ${line}`,
    "",
  );

/** Bold, or a link, that goes on over a space or a wrapped line is one run. */
const joinedRuns = (html: string) =>
  html
    .replace(/(?<!\s)(\s+)<\/a>/g, "</a>$1")
    .replace(/<\/b>(\s*)<b>/g, "$1")
    .replace(/<a href="([^"]*)">((?:(?!<\/a>).)*)<\/a>(\s*)<a href="\1">/g, '<a href="$1">$2$3');

/** One grid of rules with the runs inside it, read row by row; a run across a cell's border makes its row uncertain. */
function readGrid(rules: Segment[], runs: TextRun[]): { table: PageTable; inside: Set<TextRun> } {
  const rows = clusters(rules.filter(isHorizontal).map((s) => s.y1)).reverse();
  const columns = clusters(rules.filter(isVertical).map((s) => s.x1));
  const verticals = rules.filter(isVertical);
  const left = columns[0] ?? 0;
  const right = columns[columns.length - 1] ?? 0;
  const inside = new Set<TextRun>();
  const table: PageTable = { top: rows[0] ?? 0, columns, rows: [] };
  for (let r = 0; r + 1 < rows.length; r++) {
    const top = rows[r] ?? 0;
    const bottom = rows[r + 1] ?? 0;
    const middle = (top + bottom) / 2;
    // The borders drawn across this row: where a column border is missing, cells are merged.
    const borders = columns.filter(
      (x, i) =>
        i === 0 ||
        i === columns.length - 1 ||
        verticals.some((v) => near(v.x1, x) && v.y1 - NEAR <= middle && v.y2 + NEAR >= middle),
    );
    const rowRuns = runs.filter((t) => t.y < top && t.y > bottom && t.x + t.width / 2 > left && t.x < right);
    rowRuns.forEach((t) => inside.add(t));
    const straddling = rowRuns.filter((t) =>
      borders.some((x) => t.x < x - NEAR && t.x + t.width > x + NEAR && x !== left && x !== right),
    );
    const cells: Cell[] = [];
    for (let b = 0; b + 1 < borders.length; b++) {
      const from = borders[b] ?? 0;
      const to = borders[b + 1] ?? 0;
      const cellRuns = rowRuns.filter((t) => t.x >= from - NEAR && t.x < to);
      const colSpan = columns.filter((x) => x >= from - NEAR && x < to - NEAR).length;
      cells.push({ paragraphs: paragraphsOf(cellRuns).map((p) => p.text), colSpan: Math.max(1, colSpan) });
    }
    table.rows.push(straddling.length > 0 ? { cells, uncertain: straddling.map((t) => t.text).join(" ") } : { cells });
  }
  return { table, inside };
}

const sameColumns = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => near(x, b[i] ?? NaN));

/**
 * The blocks of a PDF's pages: tables rebuilt from their drawn rules and the positions of
 * their text, paragraphs from the text between them. A table that ends one page and starts
 * the next with the same columns is one table. Rows that cannot be read with confidence
 * are left out and reported.
 */
export function layoutPages(pages: PageContent[]): { blocks: Block[]; uncertain: Uncertain[] } {
  const blocks: Block[] = [];
  const uncertain: Uncertain[] = [];
  let tables = 0;
  let open: { block: Extract<Block, { kind: "table" }>; columns: number[] } | undefined;
  for (const page of pages) {
    const found = grids(page.segments).map((rules) => readGrid(rules, page.runs));
    const inTables = new Set(found.flatMap((f) => [...f.inside]));
    const items: ({ top: number } & ({ table: PageTable } | { text: string }))[] = [
      ...found.map((f) => ({ top: f.table.top, table: f.table })),
      ...paragraphsOf(page.runs.filter((t) => !inTables.has(t))),
    ].sort((a, b) => b.top - a.top);
    items.forEach((item, index) => {
      if ("text" in item) {
        if (item.text === "") return;
        open = undefined;
        blocks.push({ kind: "paragraph", text: item.text, location: { page: page.number } });
        return;
      }
      const continues = index === 0 && open !== undefined && sameColumns(open.columns, item.table.columns);
      if (!continues || !open) {
        const block: Extract<Block, { kind: "table" }> = {
          kind: "table",
          rows: [],
          location: { page: page.number, table: ++tables },
        };
        blocks.push(block);
        open = { block, columns: item.table.columns };
      }
      const target = open;
      const table = target.block.location.table;
      for (const row of item.table.rows) {
        const location = { page: page.number, table, row: target.block.rows.length + 1 };
        if (row.uncertain !== undefined) {
          uncertain.push({
            location,
            text: row.uncertain,
            message: "teksten går over en cellekant: raden er ikke importert",
          });
          // The row keeps its place, empty, so that the rows after it keep their numbers.
          target.block.rows.push({ cells: [], location });
          continue;
        }
        target.block.rows.push({ cells: row.cells, location } satisfies Row);
      }
    });
  }
  return { blocks, uncertain };
}
