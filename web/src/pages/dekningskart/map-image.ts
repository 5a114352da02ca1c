import type { CoverageStatus } from "../../generated/graphql";
import { escapeXml, type StampedImage, stampedSvg } from "../../shared/image-export";

const LEGEND_ROW = 30;

/**
 * The map as a standalone image, stamped with its title, filters, date and source, with a legend of
 * the four states: the patterns and strokes inlined, since the page's CSS does not travel with it.
 */
export function mapImage(
  svg: SVGSVGElement,
  stamp: string[],
  legend: { status: CoverageStatus; label: string }[],
): StampedImage {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const path of clone.querySelectorAll("path")) {
    path.setAttribute("stroke", "#333");
    path.setAttribute("stroke-width", "0.6");
    path.removeAttribute("tabindex");
    path.removeAttribute("role");
  }
  const patterns = document.querySelector("#status-patterns defs")?.outerHTML ?? "";
  const [, , width = 1, height = 1] = (clone.getAttribute("viewBox") ?? "").split(" ").map(Number);
  const rows = legend
    .map(
      (entry, index) =>
        `<g transform="translate(0 ${index * LEGEND_ROW})"><rect width="36" height="22" fill="url(#status-${entry.status})" stroke="#555"/>` +
        `<text x="48" y="17" font-family="sans-serif" font-size="18">${escapeXml(entry.label)}</text></g>`,
    )
    .join("");
  return stampedSvg({
    stamp,
    defs: patterns,
    picture: clone.innerHTML,
    pictureViewBox: { width, height },
    below: { markup: rows, height: legend.length * LEGEND_ROW },
  });
}
