// The network drawn with Cytoscape.js, and the drawing as a stamped PNG. Loaded with the drawing only.
import cytoscape, { type ElementDefinition } from "cytoscape";
import { download } from "../../shared/download";
import { formatDate, today } from "../../shared/format";
import { stampedSvg, svgToPng } from "../../shared/image-export";
import type { Partner } from "./api/network-partners";
import type { SoleContact } from "./api/sole-contacts";

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 15,
      "font-family": "sans-serif",
      "text-wrap": "wrap",
      "text-max-width": "160px",
      "text-valign": "bottom",
      "text-margin-y": 4,
      width: 22,
      height: 22,
      "background-color": "#7aa7d9",
      "border-width": 1,
      "border-color": "#1e4b7a",
    },
  },
  {
    selector: "node.network",
    style: { shape: "round-rectangle", width: 36, height: 36, "background-color": "#1e4b7a", "font-weight": "bold" },
  },
  { selector: "node.institution", style: { shape: "rectangle", "background-color": "#d9e6f2" } },
  { selector: "node.person", style: { shape: "ellipse", "background-color": "#ffffff" } },
  // A sole contact: the network loses an institution if this person drops out.
  { selector: "node.sole", style: { "border-width": 4, "border-color": "#b2182b", "background-color": "#f6b8a8" } },
  { selector: "edge", style: { width: 2, "line-color": "#5c6b7a", "curve-style": "straight" } },
  { selector: "edge.backup", style: { "line-style": "dashed", width: 1.5 } },
];

/** The network, its partner institutions and the people through whom each supports it. */
function elements(networkName: string, partners: Partner[], sole: Set<string>): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  nodes.set("network", { data: { id: "network", label: networkName }, classes: "network" });
  for (const { institution, supporters } of partners) {
    const at = `institution-${institution.id}`;
    nodes.set(at, { data: { id: at, label: institution.name }, classes: "institution" });
    edges.push({ data: { id: `network-${at}`, source: "network", target: at } });
    for (const { person, role } of supporters) {
      const id = `person-${person.id}`;
      const classes = sole.has(`${person.id} ${institution.id}`) ? "person sole" : "person";
      if (!nodes.has(id) || classes.includes("sole")) nodes.set(id, { data: { id, label: person.name }, classes });
      edges.push({
        data: { id: `${at}-${id}-${role}`, source: at, target: id },
        classes: role === "BACKUP" ? "backup" : "primary",
      });
    }
  }
  return [...nodes.values(), ...edges];
}

export interface Drawn {
  networkId: string;
  networkName: string;
  partners: Partner[];
  sole: SoleContact[];
}

/** Draws the network into the container; the caller destroys the drawing. */
export function drawNetwork(container: HTMLElement | null, { networkName, partners, sole }: Drawn): cytoscape.Core {
  const soleKeys = new Set(sole.map((s) => `${s.person.id} ${s.institution.id}`));
  return cytoscape({
    container,
    elements: elements(networkName, partners, soleKeys),
    style: STYLE,
    // Force-directed: each person settles beside the institutions they connect, away from the others.
    layout: {
      name: "cose",
      animate: false,
      randomize: false,
      nodeRepulsion: () => 40_000,
      idealEdgeLength: () => 60,
    },
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
  });
}

/** Downloads the drawing as a PNG, stamped with the network, the legend, the date and the source. */
export async function downloadNetworkPng(cy: cytoscape.Core, { networkId, networkName }: Drawn): Promise<void> {
  const picture = cy.png({ output: "base64uri", full: true, bg: "#ffffff", scale: 2 });
  const width = cy.width();
  const height = cy.height();
  const image = stampedSvg({
    stamp: [
      `Nettverkskart: ${networkName}`,
      "Rød ring: eneste kontakt mellom nettverket og en institusjon. Stiplet linje: reserve.",
      `Per ${formatDate(today())}. Kilde: kompetansegraf.`,
    ],
    picture: `<image href="${picture}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"/>`,
    pictureViewBox: { width, height },
  });
  download(`nettverkskart-${networkId}.png`, await svgToPng(image), "image/png");
}
