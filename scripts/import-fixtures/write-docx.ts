// A plan's blocks as a real Word document: tables with merged cells, line breaks, links,
// and (for the secrets fixture) a text box and a comment.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  Packer,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
} from "docx";
import type { Block, Paragraph as Spans } from "./text-form.js";

/** What the secrets fixture adds where only Word can hold it. */
export interface WordExtras {
  /** Text of a text box placed after the title. */
  textBox?: string;
  /** A comment on the title. */
  comment?: string;
}

const PAGE_WIDTH_TWIPS = 15_000;

function runs(spans: Spans): ParagraphChild[] {
  return spans.map((s) => {
    const run = new TextRun({ text: s.text, bold: s.bold ?? false });
    return s.href ? new ExternalHyperlink({ link: s.href, children: [run] }) : run;
  });
}

function table(rows: Extract<Block, { kind: "table" }>["rows"]): Table {
  const width = Math.max(...rows.map((r) => r.reduce((n, c) => n + c.colSpan, 0)));
  const column = Math.floor(PAGE_WIDTH_TWIPS / width);
  return new Table({
    columnWidths: Array<number>(width).fill(column),
    width: { size: column * width, type: WidthType.DXA },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colSpan,
                width: { size: column * cell.colSpan, type: WidthType.DXA },
                children:
                  cell.paragraphs.length === 0
                    ? [new Paragraph("")]
                    : cell.paragraphs.map((p) => new Paragraph({ children: runs(p) })),
              }),
          ),
        }),
    ),
  });
}

export async function writeDocx(blocks: Block[], extras: WordExtras = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === "table") {
      children.push(table(block.rows));
      // Word needs a paragraph between two tables, or it joins them.
      children.push(new Paragraph(""));
      return;
    }
    const title = i === 0;
    const commented = title && extras.comment !== undefined;
    children.push(
      new Paragraph({
        ...(title ? { alignment: AlignmentType.CENTER } : {}),
        children: commented
          ? [new CommentRangeStart(0), ...runs(block.spans), new CommentRangeEnd(0), new CommentReference(0)]
          : runs(block.spans),
      }),
    );
    if (title && extras.textBox !== undefined)
      children.push(
        new Paragraph({
          children: [
            new Textbox({
              style: { width: "300pt", height: "40pt" },
              children: [new Paragraph(extras.textBox)],
            }),
          ],
        }),
      );
  });
  const document = new Document({
    creator: "kompetansegraf test fixtures",
    ...(extras.comment !== undefined
      ? { comments: { children: [{ id: 0, author: "Koordinator", children: [new Paragraph(extras.comment)] }] } }
      : {}),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
