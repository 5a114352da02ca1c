import { Button } from "@digdir/designsystemet-react";
import { download } from "../../../shared/download";
import { STATUSES } from "../../../shared/coverage";
import { coverageLabel, formatDate, today } from "../../../shared/format";
import { svgToPng } from "../../../shared/image-export";
import { mapImage } from "../map-image";

/** The map as it is shown, stamped with what it shows, as PNG and SVG. */
export function MapDownloads({ scope, count }: { scope: string; count: (status: string) => number }) {
  const save = async (format: "png" | "svg") => {
    const svg = document.querySelector<SVGSVGElement>("svg.coverage-map");
    if (!svg) return;
    const image = mapImage(
      svg,
      [
        `Dekningskart: ${scope}`,
        `Per ${formatDate(today())}. Kilde: kompetansegraf. Kartdata © Kartverket (CC BY 4.0).`,
      ],
      STATUSES.map((s) => ({ status: s, label: `${coverageLabel[s]}: ${count(s)}` })),
    );
    if (format === "svg") download("dekningskart.svg", image.svg, "image/svg+xml");
    else download("dekningskart.png", await svgToPng(image), "image/png");
  };
  return (
    <div className="table-tools">
      {(["png", "svg"] as const).map((format) => (
        <Button key={format} variant="secondary" data-size="sm" onClick={() => save(format)}>
          Last ned kartet ({format.toUpperCase()})
        </Button>
      ))}
    </div>
  );
}
