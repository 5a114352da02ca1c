import { type Block, type Cell, type DocumentModel, escapeHtml, MAX_TABLE_COLUMNS, type Row } from "./model.js";
import { child, elements, parseXml, textOf, type XmlElement } from "./xml.js";

/** The parts of a .docx the reader needs; comments, headers and footnotes are never read. */
export const DOCX_PARTS = { document: "word/document.xml", relationships: "word/_rels/document.xml.rels" } as const;

interface Context {
  /** Relationship id → target (a hyperlink's address). */
  targets: Map<string, string>;
  tables: number;
}

/** Per paragraph: a complex field (HYPERLINK "…") opens a link around the text it shows. */
interface FieldState {
  instruction: string;
  inResult: boolean;
  linkOpen: boolean;
}

const HYPERLINK_FIELD = /HYPERLINK\s+(?:\\[a-z]\s+)*"([^"]*)"/i;
const isOn = (toggle: XmlElement | undefined) =>
  toggle !== undefined && !["0", "false", "off"].includes(toggle.attributes["w:val"] ?? "");

const anchor = (href: string, inner: string) => `<a href="${escapeHtml(href)}">${inner}</a>`;

/** The text boxes a drawing holds; of an mc:AlternateContent only the first choice that has one (the others repeat it). */
function textBoxes(node: XmlElement): XmlElement[] {
  if (node.name === "w:txbxContent") return [node];
  if (node.name === "mc:AlternateContent") {
    for (const option of elements(node)) {
      const found = textBoxes(option);
      if (found.length > 0) return found;
    }
    return [];
  }
  return elements(node).flatMap(textBoxes);
}

/**
 * A paragraph as one line of light HTML, and the paragraphs of the text boxes anchored in
 * it. Deleted text, field instructions and comment marks are not text of the plan.
 */
function readParagraph(p: XmlElement, context: Context): { html: string; boxes: string[] } {
  const boxes: string[] = [];
  const field: FieldState = { instruction: "", inResult: false, linkOpen: false };
  const inline = (node: XmlElement, bold: boolean): string => {
    switch (node.name) {
      case "w:r": {
        const runBold = isOn(child(child(node, "w:rPr"), "w:b"));
        return elements(node)
          .map((c) => inline(c, runBold))
          .join("");
      }
      case "w:t": {
        const text = escapeHtml(textOf(node));
        return bold && text.trim() !== "" ? `<b>${text}</b>` : text;
      }
      case "w:tab":
      case "w:ptab":
        return " ";
      case "w:br":
        return ["page", "column"].includes(node.attributes["w:type"] ?? "") ? " " : "<br>";
      case "w:cr":
        return "<br>";
      case "w:noBreakHyphen":
        return "-";
      case "w:instrText":
        field.instruction += textOf(node);
        return "";
      case "w:fldChar":
        return fieldChar(node.attributes["w:fldCharType"] ?? "");
      case "w:drawing":
      case "w:pict":
      case "w:object":
      case "mc:AlternateContent":
        for (const box of textBoxes(node)) boxes.push(...readContainer(box, context).flatMap(blockParagraphs));
        return "";
      case "w:hyperlink": {
        const inner = elements(node)
          .map((c) => inline(c, false))
          .join("");
        const id = node.attributes["r:id"];
        const href = id ? context.targets.get(id) : node.attributes["w:anchor"] && `#${node.attributes["w:anchor"]}`;
        return href ? anchor(href, inner) : inner;
      }
      case "w:fldSimple": {
        const inner = elements(node)
          .map((c) => inline(c, false))
          .join("");
        const href = HYPERLINK_FIELD.exec(node.attributes["w:instr"] ?? "")?.[1];
        return href ? anchor(href, inner) : inner;
      }
      case "w:ins":
      case "w:smartTag":
      case "w:customXml":
      case "w:sdt":
      case "w:sdtContent":
        return elements(node)
          .map((c) => inline(c, false))
          .join("");
      default:
        // w:del, w:rPr, w:commentReference, w:commentRangeStart, w:proofErr, …: nothing the plan says.
        return "";
    }
  };
  const fieldChar = (type: string): string => {
    if (type === "begin") {
      field.instruction = "";
      field.inResult = false;
      return "";
    }
    if (type === "separate") {
      field.inResult = true;
      const href = HYPERLINK_FIELD.exec(field.instruction)?.[1];
      if (href === undefined) return "";
      field.linkOpen = true;
      return `<a href="${escapeHtml(href)}">`;
    }
    if (type === "end" && field.linkOpen) {
      field.linkOpen = false;
      return "</a>";
    }
    return "";
  };
  let html = elements(p)
    .map((c) => inline(c, false))
    .join("");
  if (field.linkOpen) html += "</a>";
  // A numbered or bulleted paragraph: Word draws the marker, the text form writes it.
  if (child(child(p, "w:pPr"), "w:numPr")) html = `- ${html}`;
  return { html: html.replace(/<\/b><b>/g, "").trim(), boxes };
}

function blockParagraphs(block: Block): string[] {
  if (block.kind === "paragraph") return [block.text];
  return block.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs));
}

/** A count the document states (a span, a grid): a positive integer, or `fallback` when it is none. */
const countOf = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 0 ? n : fallback;
};

/**
 * A table's rows. Spans are counts the file states: each is clamped to the columns the table
 * declares (w:tblGrid), so that a span of millions costs one cell; a table wider than
 * MAX_TABLE_COLUMNS is refused. w:gridAfter is not read: the renderer pads short rows.
 */
function readTable(table: XmlElement, context: Context): Block {
  const number = ++context.tables;
  const declared = elements(child(table, "w:tblGrid") ?? table).filter((e) => e.name === "w:gridCol").length;
  if (declared > MAX_TABLE_COLUMNS)
    throw new Error(`table ${number} has ${declared} columns; a plan's table has at most ${MAX_TABLE_COLUMNS}`);
  const grid = declared > 0 ? declared : MAX_TABLE_COLUMNS;
  const rows: Row[] = [];
  for (const tr of elements(table).filter((e) => e.name === "w:tr")) {
    const cells: Cell[] = [];
    const tcs = cellsOf(tr);
    if (tcs.length > MAX_TABLE_COLUMNS)
      throw new Error(
        `row ${rows.length + 1} of table ${number} has ${tcs.length} cells; a plan's table has at most ${MAX_TABLE_COLUMNS} columns`,
      );
    let used = 0;
    // Every cell keeps at least one column, and the rest of the grid is left for the cells after it.
    const span = (stated: number, cellsAfter: number) => {
      const colSpan = Math.max(1, Math.min(stated, grid - used - cellsAfter));
      used += colSpan;
      return colSpan;
    };
    const before = countOf(child(child(tr, "w:trPr"), "w:gridBefore")?.attributes["w:val"], 0);
    if (before > 0 && used + tcs.length < grid) cells.push({ paragraphs: [], colSpan: span(before, tcs.length) });
    tcs.forEach((tc, i) => {
      const properties = child(tc, "w:tcPr");
      const colSpan = span(countOf(child(properties, "w:gridSpan")?.attributes["w:val"], 1), tcs.length - i - 1);
      const merge = child(properties, "w:vMerge");
      // A cell merged down from the row above: its text stands (once) in the first row.
      const continued = merge !== undefined && merge.attributes["w:val"] !== "restart";
      cells.push({ paragraphs: continued ? [] : readContainer(tc, context).flatMap(blockParagraphs), colSpan });
    });
    rows.push({ cells, location: { table: number, row: rows.length + 1 } });
  }
  return { kind: "table", rows, location: { table: number } };
}

/** The cells of a row, also those wrapped in content controls. */
function cellsOf(tr: XmlElement): XmlElement[] {
  return elements(tr).flatMap((e) =>
    e.name === "w:tc" ? [e] : e.name === "w:sdt" ? cellsOf(child(e, "w:sdtContent") ?? e) : [],
  );
}

/** The blocks of a body, a cell or a text box, in order. */
function readContainer(container: XmlElement, context: Context): Block[] {
  const blocks: Block[] = [];
  for (const node of elements(container)) {
    if (node.name === "w:p") {
      const { html, boxes } = readParagraph(node, context);
      for (const text of [html, ...boxes]) blocks.push({ kind: "paragraph", text, location: {} });
    } else if (node.name === "w:tbl") {
      blocks.push(readTable(node, context));
    } else if (node.name === "w:sdt") {
      const content = child(node, "w:sdtContent");
      if (content) blocks.push(...readContainer(content, context));
    } else if (["w:ins", "w:customXml", "w:smartTag"].includes(node.name)) {
      blocks.push(...readContainer(node, context));
    }
  }
  return blocks;
}

/** Reads the body of a Word document (its main part and relationships, as XML text) into the model. */
export function readDocx(documentXml: string, relationshipsXml: string | undefined): DocumentModel {
  const targets = new Map<string, string>();
  if (relationshipsXml !== undefined) {
    for (const r of elements(parseXml(relationshipsXml))) {
      const id = r.attributes.Id;
      const target = r.attributes.Target;
      if (id && target) targets.set(id, target);
    }
  }
  const body = child(parseXml(documentXml), "w:body");
  if (!body) throw new Error("word/document.xml has no body");
  return { format: "docx", blocks: readContainer(body, { targets, tables: 0 }) };
}
