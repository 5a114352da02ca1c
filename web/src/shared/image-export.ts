// Exported images carry their own context: a title, the filters, the date and the source above the picture.
const WIDTH = 1200;
const LINE = 28;
const MARGIN = 16;

export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface StampedImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * One standalone SVG: the stamp lines (the first is the title), then the picture (SVG markup drawn
 * in a box of the given aspect ratio), then any extra markup below it (a legend) of the given height.
 */
export function stampedSvg(options: {
  stamp: string[];
  picture: string;
  pictureViewBox: { width: number; height: number };
  below?: { markup: string; height: number };
  /** Definitions (patterns) that the picture and the markup below it refer to. */
  defs?: string;
}): StampedImage {
  const { stamp, picture, pictureViewBox, below, defs = "" } = options;
  const top = LINE * (stamp.length + 1) - LINE / 2;
  const pictureHeight = Math.round((WIDTH * pictureViewBox.height) / pictureViewBox.width);
  const height = top + pictureHeight + (below ? below.height + MARGIN : 0);
  const lines = stamp
    .map(
      (line, index) =>
        `<text x="${MARGIN}" y="${LINE * (index + 1)}" font-family="sans-serif" font-size="${index === 0 ? 22 : 18}"${index === 0 ? ' font-weight="bold"' : ""}>${escapeXml(line)}</text>`,
    )
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `${defs}<rect width="100%" height="100%" fill="#fff"/>${lines}` +
    `<svg x="0" y="${top}" width="${WIDTH}" height="${pictureHeight}" viewBox="0 0 ${pictureViewBox.width} ${pictureViewBox.height}">${picture}</svg>` +
    (below ? `<g transform="translate(${MARGIN} ${top + pictureHeight + MARGIN})">${below.markup}</g>` : "") +
    `</svg>`;
  return { svg, width: WIDTH, height };
}

/** The stamped SVG drawn onto a canvas, as a PNG. */
export async function svgToPng(image: StampedImage): Promise<Blob> {
  const element = new Image();
  element.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await element.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("Nettleseren kan ikke tegne bildet");
  context.drawImage(element, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("Bildet kunne ikke lages"))), "image/png"),
  );
}
