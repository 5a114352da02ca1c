import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import type { ReadDocument } from "./model.js";
import { layoutPages, type PageContent, type Segment, type TextRun } from "./pdf-layout.js";

/** A plan is a few pages; a PDF of more is not one, and reading it would take long. */
export const MAX_PDF_PAGES = 200;
/**
 * A dense page of a plan has some hundreds of text items and drawn lines (a table's rules,
 * up to four to a cell); a file of more is a drawing, or made to make the layout work long.
 * The grid finder compares rules that overlap across the page pairwise: 2,000 bound its work.
 */
export const PDF_BOUNDS = { textItemsPerPage: 5_000, textItems: 50_000, rulesPerPage: 2_000, rules: 10_000 } as const;

export class PdfError extends Error {
  override name = "PdfError";
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
/** pdf.js is loaded with the first PDF read: it holds ~60 MB of heap that a service reading no PDF should not carry. */
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = () => (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** pdf.js's numbers of the operations that paint a path, and of those that paint an image. */
const paintOperations = (OPS: PdfJs["OPS"]) => ({
  paths: new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]),
  images: new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
  ]),
});
// The drawing operations of a path (pdf.js's DrawOPS) and how many numbers each takes.
const DRAW_ARGS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };

/** The straight lines a page draws (table rules), in page space, and whether it paints an image. */
async function drawingOf(page: PDFPageProxy, OPS: PdfJs["OPS"]): Promise<{ segments: Segment[]; images: number }> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const paints = paintOperations(OPS);
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let images = 0;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (paints.images.has(fn)) images++;
    else if (fn === OPS.constructPath && paints.paths.has(args[0] as number)) {
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (path) for (const line of straightLines(path, ctm)) segments.push(line);
      if (segments.length > PDF_BOUNDS.rulesPerPage)
        throw new PdfError(
          `page ${page.pageNumber} draws more than ${PDF_BOUNDS.rulesPerPage} lines; a plan's page draws far fewer`,
        );
    }
  });
  return { segments, images };
}

/** The straight lines of a path; a rectangle gives its four sides. */
function straightLines(path: ArrayLike<number>, ctm: Matrix): Segment[] {
  const out: Segment[] = [];
  let at: [number, number] | undefined;
  let start: [number, number] | undefined;
  for (let i = 0; i < path.length;) {
    const op = path[i] ?? -1;
    const n = DRAW_ARGS[op];
    if (n === undefined) break;
    const point = n >= 2 ? apply(ctm, path[i + n - 1] ?? 0, path[i + n] ?? 0) : undefined;
    if (op === 0) start = at = point;
    else if (op === 1 && at && point) {
      out.push({ x1: at[0], y1: at[1], x2: point[0], y2: point[1] });
      at = point;
    } else if (op === 4 && at && start) {
      out.push({ x1: at[0], y1: at[1], x2: start[0], y2: start[1] });
      at = start;
    } else at = point;
    i += n + 1;
  }
  return out;
}

/**
 * A run of text cut where a link begins or ends inside it. pdf.js gives a run's width, not
 * each letter's, so the cut is placed by the letters' usual widths and moved to the nearest space.
 */
function splitAt(text: string, x: number, width: number, edges: number[]) {
  // offsets[i]: where letter i begins, in the letters' usual widths.
  const offsets = [0];
  for (const c of text)
    offsets.push(
      (offsets[offsets.length - 1] ?? 0) +
        (/[ il.,:;'!|/fjtI()[\]]/.test(c) ? 0.28 : /[mwMW]/.test(c) ? 0.85 : /[A-ZÆØÅ]/.test(c) ? 0.68 : 0.53),
    );
  const total = offsets[offsets.length - 1] ?? 0;
  const cuts = new Set<number>();
  for (const edge of edges) {
    if (edge <= x + 1 || edge >= x + width - 1) continue;
    const at = nearest(offsets, ((edge - x) / width) * total);
    // The nearest space within three letters, if any: a cut after it.
    const spaces = [0, -1, 1, -2, 2, -3, 3].map((d) => at + d).filter((i) => i > 0 && text[i - 1] === " ");
    cuts.add(spaces[0] ?? at);
  }
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  return bounds.slice(1).map((end, i) => {
    const start = bounds[i] ?? 0;
    return {
      text: text.slice(start, end),
      x: x + (width * start) / text.length,
      width: (width * (end - start)) / text.length,
    };
  });
}

/** The index of the value in ascending `values` nearest to `target` (the first of two as near), by bisection. */
function nearest(values: number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  const before = low - 1;
  return before >= 0 && Math.abs((values[before] ?? 0) - target) <= Math.abs((values[low] ?? 0) - target)
    ? before
    : low;
}

/** The page's text as runs, bold where the font is, inside a link where a link annotation covers it. */
async function runsOf(page: PDFPageProxy): Promise<TextRun[]> {
  const content = await page.getTextContent();
  if (content.items.length > PDF_BOUNDS.textItemsPerPage)
    throw new PdfError(
      `page ${page.pageNumber} holds ${content.items.length} pieces of text; a plan's page holds at most ${PDF_BOUNDS.textItemsPerPage}`,
    );
  // A link's address as written, also one pdf.js does not open (unsafeUrl): the secret filter must see it.
  const links = (
    (await page.getAnnotations()) as { subtype?: string; url?: string; unsafeUrl?: string; rect?: number[] }[]
  )
    .map((a) => ({ ...a, url: a.url ?? a.unsafeUrl }))
    .filter((a) => a.subtype === "Link" && typeof a.url === "string" && a.rect);
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [, , c = 0, d = 0, x = 0, y = 0] = (item as TextItem).transform as number[];
    const size = Math.hypot(c, d) || item.height || 1;
    const font = (page.commonObjs.has(item.fontName) ? page.commonObjs.get(item.fontName) : undefined) as
      { name?: string; bold?: boolean; black?: boolean } | undefined;
    const bold = Boolean(font?.bold || font?.black || /bold|black|heavy/i.test(font?.name ?? ""));
    const on = links.filter(({ rect = [] }) => {
      const baseline = y + size / 3;
      return baseline >= Math.min(rect[1] ?? 0, rect[3] ?? 0) && baseline <= Math.max(rect[1] ?? 0, rect[3] ?? 0);
    });
    for (const piece of splitAt(
      item.str,
      x,
      item.width,
      on.flatMap(({ rect = [] }) => [rect[0] ?? 0, rect[2] ?? 0]),
    )) {
      const middle = piece.x + piece.width / 2;
      const link = on.find(
        ({ rect = [] }) =>
          middle >= Math.min(rect[0] ?? 0, rect[2] ?? 0) && middle <= Math.max(rect[0] ?? 0, rect[2] ?? 0),
      );
      runs.push({ ...piece, y, size, bold, ...(link?.url ? { href: link.url } : {}) });
    }
  }
  return runs;
}

const pageList = (pages: number[]) =>
  pages.length === 1 ? `page ${pages[0]}` : `pages ${pages.slice(0, -1).join(", ")} and ${pages[pages.length - 1]}`;

/**
 * Reads a PDF's text layer with pdf.js into the document model. A page that is only an
 * image (a scan) cannot be read: the whole file is refused, naming the pages, rather
 * than imported without them.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
  const { getDocument, OPS } = await loadPdfJs();
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") throw new PdfError("the PDF is protected by a password");
    throw new PdfError(`the PDF cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES)
      throw new PdfError(`the PDF has ${pdf.numPages} pages; a plan has at most ${MAX_PDF_PAGES}`);
    const pages: PageContent[] = [];
    const scanned: number[] = [];
    let rules = 0;
    let runCount = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { segments, images } = await drawingOf(page, OPS);
      if ((rules += segments.length) > PDF_BOUNDS.rules)
        throw new PdfError(`the PDF draws more than ${PDF_BOUNDS.rules} lines; a plan draws far fewer`);
      const runs = await runsOf(page);
      if ((runCount += runs.length) > PDF_BOUNDS.textItems)
        throw new PdfError(`the PDF holds more than ${PDF_BOUNDS.textItems} pieces of text; a plan holds far fewer`);
      if (runs.length === 0 && images > 0) scanned.push(number);
      pages.push({ number, runs, segments });
    }
    if (scanned.length > 0) {
      throw new PdfError(
        `${pageList(scanned)} of ${pdf.numPages} ${scanned.length === 1 ? "is a scanned image" : "are scanned images"} without a text layer, which the importer cannot read; import the Word original, or a PDF with text (run text recognition, OCR, on the scan first)`,
      );
    }
    if (pages.every((p) => p.runs.length === 0)) throw new PdfError("the PDF has no text");
    const { blocks, uncertain } = layoutPages(pages);
    return { model: { format: "pdf", blocks }, uncertain };
  } finally {
    await task.destroy();
  }
}
