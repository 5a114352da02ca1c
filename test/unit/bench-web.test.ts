import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initialScripts, readBundle, referencedAssets } from "../../src/bench/web-bundle.js";
import { percentile, replaceBetween } from "../../src/bench/web-report.js";

const INDEX = `<!doctype html>
<html lang="nb">
  <head>
    <script type="module" crossorigin src="/assets/dashboard-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-B.js">
    <link rel="modulepreload" crossorigin href="/assets/react-C.js">
    <link rel="stylesheet" crossorigin href="/assets/dashboard-D.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe("the initial JavaScript of a built index.html", () => {
  it("is the entry script and its modulepreloads, not the style sheet", () => {
    expect(initialScripts(INDEX)).toEqual(["/assets/dashboard-A.js", "/assets/runtime-B.js", "/assets/react-C.js"]);
  });

  it("names the chunks a chunk imports, statically, lazily or in Vite's preload list, and its data files", () => {
    const code = `import{a as e}from"./react-C.js";const m=["assets/Page-E.js","assets/DataTable-F.js"];
      lazy(()=>import(\`./Page-E.js\`));fetch("/assets/kommuner-G.topojson")`;
    expect(referencedAssets(code)).toEqual(["react-C.js", "Page-E.js", "DataTable-F.js", "kommuner-G.topojson"]);
  });
});

describe("readBundle", () => {
  let dist: string | undefined;
  afterEach(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it("gzips the initial set and lists what the dashboard loads later, with the heavy libraries each holds", async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), "bench-web-"));
    await mkdir(path.join(dist, "assets"));
    const files: Record<string, string> = {
      "dashboard-A.js": `import"./runtime-B.js";import"./react-C.js";lazy(()=>import("./NetworkView-E.js"))`,
      "runtime-B.js": "export const r=1;",
      "react-C.js": "export const react=1;".repeat(50),
      "NetworkView-E.js": `const cytoscape=1;import("./exceljs.min-F.js")`,
      "exceljs.min-F.js": "var ExcelJS={};",
      // GraphiQL's own chunk: the dashboard names it nowhere.
      "graphiql-G.js": "const codemirror=1;",
    };
    for (const [file, code] of Object.entries(files)) await writeFile(path.join(dist, "assets", file), code);
    await writeFile(path.join(dist, "index.html"), INDEX);

    const bundle = await readBundle(dist);
    expect(bundle.initial.map((a) => a.file)).toEqual(["dashboard-A.js", "runtime-B.js", "react-C.js"]);
    expect(bundle.initial.every((a) => a.libraries.length === 0)).toBe(true);
    // Repetitive code gzips to a fraction of its size.
    expect(bundle.initial[2]?.gzipBytes).toBeLessThan(bundle.initial[2]?.bytes ?? 0);
    expect(bundle.initialGzipBytes).toBe(bundle.initial.reduce((sum, a) => sum + a.gzipBytes, 0));
    expect(bundle.onDemand.map((a) => [a.file, a.libraries]).sort()).toEqual([
      ["NetworkView-E.js", ["cytoscape"]],
      ["exceljs.min-F.js", ["exceljs"]],
    ]);
  });
});

describe("the report", () => {
  it("takes nearest-rank percentiles: of ten samples, p95 is the largest", () => {
    const samples = [5, 1, 9, 3, 7, 2, 8, 4, 10, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile([], 50)).toBeUndefined();
  });

  it("writes between its markers and keeps the rest of the document", () => {
    const document = "notes\n<!-- a -->\nold\n<!-- b -->\nmore notes\n";
    expect(replaceBetween(document, "<!-- a -->", "<!-- b -->", "new\n")).toBe(
      "notes\n<!-- a -->\nnew\n<!-- b -->\nmore notes\n",
    );
    expect(() => replaceBetween("no markers", "<!-- a -->", "<!-- b -->", "")).toThrow(/markers/);
  });
});
