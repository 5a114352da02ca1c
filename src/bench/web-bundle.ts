import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** A file of the built dashboard (web/dist/assets), with its size as served and gzipped (level 9). */
export interface Asset {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The heavy libraries whose code it holds (HEAVY_LIBRARIES). */
  libraries: string[];
}

export interface Bundle {
  /** What the browser loads before the first page renders: the entry script and its modulepreloads. */
  initial: Asset[];
  initialGzipBytes: number;
  /** What the dashboard's code can load later (lazy pages, libraries, data), by the files it names. */
  onDemand: Asset[];
}

/**
 * Libraries that must not be in the initial set, each known by a string its own code holds
 * (not a file name, which a reference from another chunk also holds).
 */
const HEAVY_LIBRARIES: { name: string; signature: string }[] = [
  { name: "cytoscape", signature: "cytoscape" },
  { name: "exceljs", signature: "ExcelJS" },
  // GeoJSON's type names: only d3-geo and topojson-client (the map) use them.
  { name: "d3-geo / topojson-client", signature: "MultiPolygon" },
];

/** The entry script of a built index.html and its modulepreload links, in order, as the paths it names. */
export function initialScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const isEntry = tag.startsWith("<script") && attribute("type") === "module";
    const isPreload = tag.startsWith("<link") && attribute("rel") === "modulepreload";
    const url = isEntry ? attribute("src") : isPreload ? attribute("href") : undefined;
    if (url) scripts.push(url);
  }
  return scripts;
}

/** The files of assets/ that a chunk's code names: static and dynamic imports, Vite's preload lists, asset URLs. */
export function referencedAssets(code: string): string[] {
  return [...new Set([...code.matchAll(/(?:\.\/|assets\/)([\w.-]+\.(?:js|topojson))\b/g)].map((m) => m[1] ?? ""))];
}

function librariesIn(code: string): string[] {
  return HEAVY_LIBRARIES.filter((l) => code.includes(l.signature)).map((l) => l.name);
}

/** Reads a built dashboard (web/dist): its initial JavaScript and everything it can load on demand. */
export async function readBundle(dist: string): Promise<Bundle> {
  const assets = path.join(dist, "assets");
  const present = new Set(await readdir(assets));
  const read = async (file: string): Promise<Asset & { code: string }> => {
    const content = await readFile(path.join(assets, file));
    const code = file.endsWith(".js") ? content.toString("utf8") : "";
    const gzipBytes = gzipSync(content, { level: 9 }).length;
    return { file, bytes: content.length, gzipBytes, libraries: librariesIn(code), code };
  };
  const initialFiles = initialScripts(await readFile(path.join(dist, "index.html"), "utf8")).map((url) =>
    path.basename(url),
  );
  const seen = new Map<string, Asset & { code: string }>();
  const queue = [...initialFiles];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !present.has(file)) continue;
    const asset = await read(file);
    seen.set(file, asset);
    queue.push(...referencedAssets(asset.code));
  }
  const strip = ({ file, bytes, gzipBytes, libraries }: Asset): Asset => ({ file, bytes, gzipBytes, libraries });
  const initial = initialFiles.flatMap((file) => {
    const asset = seen.get(file);
    return asset ? [strip(asset)] : [];
  });
  const onDemand = [...seen.values()]
    .filter((asset) => !initialFiles.includes(asset.file))
    .map(strip)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { initial, initialGzipBytes: initial.reduce((sum, a) => sum + a.gzipBytes, 0), onDemand };
}
