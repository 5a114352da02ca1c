// The extracted text form of a plan (tab-separated tables, light HTML in cells) read back
// into the document's structure, so that the Word and PDF fixtures hold what the text shows.

/** A piece of a paragraph: its text, and whether it is bold or a link. */
export interface Span {
  text: string;
  bold?: boolean;
  href?: string;
}
export type Paragraph = Span[];
export interface Cell {
  paragraphs: Paragraph[];
  colSpan: number;
}
export type Block = { kind: "paragraph"; spans: Paragraph } | { kind: "table"; rows: Cell[][] };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: "\u00a0", "#39": "'" };
const decode = (text: string) => text.replace(/&(#39|[a-z]+);/g, (m, name: string) => ENTITIES[name] ?? m);

/** One paragraph of light HTML as spans: <b> bold, <a href> links, other tags dropped. */
function spansOf(html: string): Paragraph {
  const spans: Paragraph = [];
  let bold = false;
  let href: string | undefined;
  for (const token of html.split(/(<[^>]*>)/)) {
    if (token.startsWith("<")) {
      const tag = /^<(\/?)([a-z]+)/i.exec(token);
      const closing = tag?.[1] === "/";
      const name = tag?.[2]?.toLowerCase();
      if (name === "b" || name === "strong") bold = !closing;
      if (name === "a") href = closing ? undefined : decode(/href="([^"]*)"/.exec(token)?.[1] ?? "");
      continue;
    }
    const text = decode(token).replace(/\s+/g, " ");
    if (text.trim() === "" && spans.length === 0) continue;
    spans.push({ text, ...(bold ? { bold } : {}), ...(href !== undefined ? { href } : {}) });
  }
  return spans;
}

/** A cell's paragraphs: <p>, <br> and list items each start one. */
function cellOf(html: string): Cell {
  // A list of the text form ("<ul> - Barnehage - Kommunalt") is a paragraph for each item, as typed in Word.
  const listed = html.replace(/<ul[^>]*>([^<]*)/gi, (_, items: string) =>
    items
      .split(/(?:^|\s+)-\s+/)
      .filter((item) => item.trim() !== "")
      .map((item) => `</p>- ${item.trim()}`)
      .join(""),
  );
  const paragraphs = listed
    .split(/<\/p>|<br\s*\/?>|<\/li>|<li[^>]*>/i)
    .map(spansOf)
    .filter((p) => p.some((s) => s.text.trim() !== ""));
  return { paragraphs, colSpan: 1 };
}

/** A line of prose: Markdown marks ("## ", "**", "[text](#)") as the document's own formatting. */
function proseOf(line: string): Paragraph {
  const heading = /^#+\s+/.test(line);
  const text = line.replace(/^#+\s+/, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return text
    .split("**")
    .map((part, i) => ({ text: part, ...(heading || i % 2 === 1 ? { bold: true } : {}) }))
    .filter((s) => s.text !== "");
}

const isRow = (line: string | undefined) => line !== undefined && line.includes("\t");

/**
 * Reads the text form. Lines with tabs are table rows, a table ends at a blank line; a
 * line without tabs between two rows of a table is a row merged across the table (the
 * text form's way of writing one, e.g. "Påskeferie – ingen møter").
 */
export function readTextForm(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  let table: Cell[][] | undefined;
  lines.forEach((line, i) => {
    if (isRow(line)) {
      if (!table) blocks.push({ kind: "table", rows: (table = []) });
      table.push(line.split("\t").map(cellOf));
    } else if (table && line.trim() !== "" && isRow(lines[i + 1])) {
      const width = Math.max(...table.map((r) => r.length));
      table.push([{ paragraphs: [spansOf(line)], colSpan: width }]);
    } else {
      table = undefined;
      if (line.trim() !== "") blocks.push({ kind: "paragraph", spans: proseOf(line.trim()) });
    }
  });
  return blocks;
}
