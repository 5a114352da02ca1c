import type { Block, Cell, DocumentModel, Location, Row } from "./model.js";

/** A document model as the text form the plan readers take, with where each line came from. */
export interface RenderedText {
  text: string;
  /** The location of each line (index 0 is line 1); blank lines have none. */
  locations: (Location | undefined)[];
}

const ANY_TAG = /<[^>]*>/g;
const visible = (html: string) => html.replace(ANY_TAG, "").trim();
// A tab or a line end inside a cell would start a new column or row of the text form.
const oneLine = (html: string) => html.replace(/[\t\r\n]+/g, " ").trim();

const LIST_ITEM = /^(?:<b>)?\s*[-–•]\s/;

/**
 * A cell's paragraphs as the text form writes them. List items ("- Barnehage") go with the
 * sentence that introduces them, as a list of the text form does: "<p>…</p> <ul> - a - b</ul>".
 */
function cellHtml(cell: Cell): string {
  const paragraphs = cell.paragraphs.map(oneLine).filter((p) => visible(p) !== "");
  if (paragraphs.length <= 1) return paragraphs[0] ?? "";
  const parts: string[] = [];
  paragraphs.forEach((p, i) => {
    const last = parts[parts.length - 1];
    if (i > 0 && LIST_ITEM.test(p) && last !== undefined) {
      parts[parts.length - 1] = last.endsWith("</ul>") ? `${last.slice(0, -5)} ${p}</ul>` : `${last} <ul> ${p}</ul>`;
    } else parts.push(`<p>${p}</p>`);
  });
  return parts.join(" ");
}

const widthOf = (row: Row) => row.cells.reduce((sum, c) => sum + c.colSpan, 0);

/**
 * A row merged across the table ("Påskeferie – ingen møter" over every forum's column) is
 * a note about the table, not an entry in one of its columns: it becomes a line of its own.
 */
function isAcross(row: Row, width: number): boolean {
  const filled = row.cells.filter((c) => c.paragraphs.some((p) => visible(p) !== ""));
  const [only] = filled;
  return width >= 3 && filled.length === 1 && only !== undefined && only.colSpan >= width - 1;
}

function tableLines(rows: Row[]): [string, Location][] {
  const width = Math.max(0, ...rows.map(widthOf));
  const lines: [string, Location][] = [];
  for (const row of rows) {
    if (row.cells.every((c) => cellHtml(c) === "")) continue;
    if (isAcross(row, width)) {
      lines.push([row.cells.map(cellHtml).filter(Boolean).join(" "), row.location]);
      continue;
    }
    const cells = row.cells.flatMap((c) => [cellHtml(c), ...Array<string>(c.colSpan - 1).fill("")]);
    while (cells.length < width) cells.push("");
    lines.push([cells.join("\t"), row.location]);
  }
  return lines;
}

function blockLines(block: Block): [string, Location][] {
  if (block.kind === "table") return tableLines(block.rows);
  // Outside tables bold tells the readers nothing; a line break starts a new line.
  return block.text
    .replace(/<\/?b>/g, "")
    .split(/<br>|\r?\n/)
    .map((line) => line.replace(/\t+/g, " ").trim())
    .filter((line) => line !== "")
    .map((line) => [line, block.location]);
}

export function renderDocument(model: DocumentModel): RenderedText {
  const text: string[] = [];
  const locations: (Location | undefined)[] = [];
  for (const block of model.blocks) {
    const lines = blockLines(block);
    if (lines.length === 0) continue;
    for (const [line, location] of lines) {
      text.push(line);
      locations.push(location);
    }
    text.push("");
    locations.push(undefined);
  }
  return { text: text.join("\n"), locations };
}
