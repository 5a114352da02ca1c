const WIDTH = 1200;
const LINE = 28;

/**
 * The map as a PNG, stamped with its title, filters, date and source: the SVG with its
 * patterns and strokes inlined (the page's CSS does not travel with it), drawn onto a canvas.
 */
export async function mapPng(svg: SVGSVGElement, stamp: string[]): Promise<Blob> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const patterns = document.querySelector("#status-patterns defs");
  if (patterns) clone.prepend(patterns.cloneNode(true));
  for (const path of clone.querySelectorAll("path")) {
    path.setAttribute("stroke", "#333");
    path.setAttribute("stroke-width", "0.6");
  }
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();

  const [, , width = 1, height = 1] = (clone.getAttribute("viewBox") ?? "").split(" ").map(Number);
  const mapHeight = Math.round((WIDTH * height) / width);
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = mapHeight + LINE * (stamp.length + 1);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("The browser cannot draw the image");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = "#000";
  stamp.forEach((line, index) => {
    context.font = index === 0 ? "bold 22px sans-serif" : "18px sans-serif";
    context.fillText(line, 16, LINE * (index + 1));
  });
  context.drawImage(image, 0, LINE * (stamp.length + 1) - LINE / 2, WIDTH, mapHeight);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The image could not be made"))), "image/png"),
  );
}
