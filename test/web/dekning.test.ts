// Dekningskart and Hull in a real browser against the service over the seeded graph.
// From the documents: Trøndelag sørvest's members, inferred from its plans (000, 001, 003), are
// Frøya, Heim, Hitra, Orkland, Rindal and Skaun; its one Rekom measure (001, Rekom DMMH i TSV)
// "gjelder … kommunene Heim, Hitra, Rindal og Skaun", so no Rekom measure reaches Frøya or Orkland.
// No document describes a Dekom measure there, and no document names the members of any other
// network: the other 32 of Trøndelag's 38 municipalities are unknown, never gaps.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useDashboard } from "../support/browser.js";

const dashboard = useDashboard();

const TSV = { "5014": "Frøya", "5055": "Heim", "5056": "Hitra", "5059": "Orkland", "5061": "Rindal", "5029": "Skaun" };

describe("Dekningskart", () => {
  it("colours Trøndelag by Rekom coverage: four covered, Frøya and Orkland gaps, the rest unknown", async () => {
    const page = await dashboard.open("/dekningskart?ordning=rekom");
    const map = page.locator("svg.coverage-map");
    await map.locator("path").first().waitFor();
    const statuses = await map
      .locator("path")
      .evaluateAll((paths) =>
        Object.fromEntries(paths.map((p) => [p.getAttribute("data-number"), p.getAttribute("data-status")])),
      );
    expect(Object.keys(statuses)).toHaveLength(38);
    expect(Object.fromEntries(Object.keys(TSV).map((n) => [n, statuses[n]]))).toEqual({
      "5014": "GAP",
      "5055": "COVERED",
      "5056": "COVERED",
      "5059": "GAP",
      "5061": "COVERED",
      "5029": "COVERED",
    });
    const others = Object.entries(statuses).filter(([n]) => !(n in TSV));
    expect(new Set(others.map(([, s]) => s))).toEqual(new Set(["UNKNOWN"]));
    // Gap and unknown differ by pattern, not only by colour.
    expect(await map.locator('path[data-number="5014"]').getAttribute("fill")).toBe("url(#status-GAP)");
    expect(await map.locator('path[data-number="5001"]').getAttribute("fill")).toBe("url(#status-UNKNOWN)");

    // The map exports as a PNG image with its stamp above it.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned kartet (PNG)" }).click(),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    // And as SVG, with its title, the 38 municipalities and a legend that counts the four states.
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned kartet (SVG)" }).click(),
    ]);
    const svg = readFileSync(await svgDownload.path(), "utf8");
    expect(svg).toMatch(/Dekningskart: Trøndelag[^<]*, Rekom/);
    expect(svg.match(/<path /g)).toHaveLength(38);
    for (const line of ["Dekket: 4", "Hull: 2", "Ikke registrert: 0", "Ukjent: 32"]) expect(svg).toContain(line);
    expect(svg).toContain("Kartverket");

    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await dashboard.screenshot(page, "dekningskart");
    await page.context().close();
  });

  it("opens a municipality's details from the map, and a shared link restores them", async () => {
    const page = await dashboard.open("/dekningskart?ordning=rekom");
    // By keyboard as by mouse: focus Orkland on the map and press Enter.
    await page.locator('path[data-number="5059"]').focus();
    await page.keyboard.press("Enter");
    const details = page.locator(".details");
    await details.getByRole("heading", { name: "Orkland (5059)" }).waitFor();
    expect(await details.innerText()).toContain("Trøndelag sørvest");
    expect(new URL(page.url()).searchParams.get("kommune")).toBe("5059");

    const shared = await dashboard.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.locator(".details").getByRole("heading", { name: "Orkland (5059)" }).waitFor();
    // The scheme's options come from their own query, which may answer after the details.
    await expect.poll(() => shared.getByLabel("Ordning").inputValue()).toBe("rekom");
    await page.context().close();
    await shared.context().close();
  });

  it("shows Trøndelag sørvest as not recorded under Dekom, which no document records there", async () => {
    const page = await dashboard.open("/dekningskart?ordning=dekom");
    await page.locator("svg.coverage-map path").first().waitFor();
    for (const number of Object.keys(TSV)) {
      expect(await page.locator(`path[data-number="${number}"]`).getAttribute("data-status")).toBe("NOT_RECORDED");
    }
    expect(await page.locator('path[data-status="GAP"]').count()).toBe(0);
    await page.context().close();
  });
});

describe("Hull", () => {
  it("lists the municipalities of Trøndelag sørvest that no Rekom measure reaches, with reason and source", async () => {
    const page = await dashboard.open("/hull");
    const table = page.locator("table", { has: page.locator("caption", { hasText: "Kommuner uten tiltak" }) });
    await table.waitFor();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["Frøya", "Trøndelag sørvest"],
      ["Orkland", "Trøndelag sørvest"],
    ]);
    for (const row of rows) expect(row[3]).toMatch(/\.txt/);
    // Levanger/Verdal rests on Malin Elvseth alone (Vedlegg 5 of 004).
    const fragile = page.locator("table", { has: page.locator("caption", { hasText: "Nettverk som hviler" }) });
    const levanger = fragile.locator("tr", { has: page.getByRole("link", { name: "Levanger/Verdal" }) });
    expect(await levanger.locator("td").nth(2).innerText()).toBe("Malin Elvseth");

    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await dashboard.screenshot(page, "hull");
    await page.context().close();
  });

  it("exports the gap list as CSV for Norwegian Excel: BOM, semicolons, the rows shown", async () => {
    const page = await dashboard.open("/hull");
    await page.locator("caption", { hasText: "Kommuner uten tiltak" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned CSV (kommuner uten tiltak)" }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.startsWith("\uFEFFKommune;Nettverk;Begrunnelse;Kilder\r\n")).toBe(true);
    const lines = text.trim().split("\r\n").slice(1);
    expect(lines.map((l) => l.split(";").slice(0, 2).join(";"))).toEqual([
      "Frøya;Trøndelag sørvest",
      "Orkland;Trøndelag sørvest",
    ]);
    await page.context().close();
  });

  it("exports the same rows to Excel", async () => {
    const page = await dashboard.open("/hull");
    await page.locator("caption", { hasText: "Kommuner uten tiltak" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned Excel (kommuner uten tiltak)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("hull-kommuner.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1, 3));
    expect(rows).toEqual([
      ["Kommune", "Nettverk"],
      ["Frøya", "Trøndelag sørvest"],
      ["Orkland", "Trøndelag sørvest"],
    ]);
    await page.context().close();
  });

  it("finds an institution by typing part of its name, and lists the networks no one from it supports", async () => {
    // 004, Vedlegg 5: DMMH's column is empty for Levanger/Verdal (Nord only) and Videregående skoler
    // (NTNU only); PPT-ledernettverket is not in the table, so no one supports it.
    const page = await dashboard.open("/hull");
    const field = page
      .getByRole("textbox", { name: "Institusjon" })
      .or(page.getByRole("combobox", { name: "Institusjon" }));
    await field.click();
    await field.fill("dmm");
    const options = page.getByRole("listbox", { name: "Institusjon" }).getByRole("option");
    await options.filter({ hasText: "DMMH" }).waitFor();
    expect(await options.allInnerTexts()).toEqual(["DMMH"]);
    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await field.press("ArrowDown");
    await page.keyboard.press("Enter");
    const table = page.locator("table", { has: page.locator("caption", { hasText: "Nettverk uten støtte" }) });
    await table.waitFor();
    expect(new URL(page.url()).searchParams.get("institusjon")).toBe("dmmh");
    expect(await field.inputValue()).toBe("DMMH");
    expect(await table.locator("tbody tr td:first-child").allInnerTexts()).toEqual([
      "Levanger/Verdal",
      "PPT-ledernettverket",
      "Videregående skoler",
    ]);
    await page.context().close();
  });
});
