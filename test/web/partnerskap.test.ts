// Partnerskap and Nettverkskort in a real browser against the service over the seeded graph.
// The answers come from Vedlegg 5 of 004 (Langsiktig plan Trøndelag): Fosen is supported by
// DMMH through Anne-Lise Holmvik, Mari Westerhus, Elisabeth Lehn, Marianne Rien and Ingunn Elder,
// by SEPU through Mette Marit Jensen and Ann Gustavsen, and by no one from Nord universitet;
// Trøndelag sørvest by DMMH through Laila S. Flormælen and Berte Bjørngaard (Anne-Lise Holmvik in parentheses).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useDashboard } from "../support/browser.js";

const dashboard = useDashboard();
const FOSEN_DMMH = ["Anne-Lise Holmvik", "Elisabeth Lehn", "Ingunn Elder", "Mari Westerhus", "Marianne Rien"];
const FOSEN_SEPU = ["Ann Gustavsen", "Mette Marit Jensen"];

const cell = (network: string, institution: string) =>
  `td[data-network="${network}"][data-institution="${institution}"]`;

describe("Partnerskap", () => {
  it("shows who supports Fosen from which institution, primary and backup apart, with totals", async () => {
    const page = await dashboard.open("/partnerskap");
    await page.getByRole("heading", { name: "Partnerskap", level: 1 }).waitFor();
    await page.locator(cell("fosen", "dmmh")).waitFor();

    const names = (selector: string) => page.locator(selector).locator("li").allInnerTexts();
    expect((await names(`${cell("fosen", "dmmh")} ul[aria-label="Hovedkontakter"]`)).sort()).toEqual(FOSEN_DMMH);
    expect((await names(`${cell("fosen", "sepu")} ul[aria-label="Hovedkontakter"]`)).sort()).toEqual(FOSEN_SEPU);
    expect(await page.locator(cell("fosen", "nord-universitet")).innerText()).toBe("Ingen");
    expect((await names(`${cell("trondelag-sorvest", "dmmh")} ul[aria-label="Hovedkontakter"]`)).sort()).toEqual([
      "Berte Bjørngaard",
      "Laila S. Flormælen",
    ]);
    expect(await names(`${cell("trondelag-sorvest", "dmmh")} ul[aria-label="Reserver"]`)).toEqual([
      "(Anne-Lise Holmvik)",
    ]);
    // The row total counts Fosen's seven people.
    const fosenRow = page.locator("tr", { has: page.getByRole("link", { name: "Fosen", exact: true }) });
    expect(await fosenRow.locator("td").last().innerText()).toBe("7");

    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await dashboard.screenshot(page, "partnerskap");
    await page.context().close();
  });

  it("restores rolled-up units from a shared link: SEPU's people count for HINN", async () => {
    const page = await dashboard.open("/partnerskap?samle=true");
    await page.locator(cell("fosen", "hinn")).waitFor();
    expect(await page.getByRole("switch").or(page.getByRole("checkbox")).first().isChecked()).toBe(true);
    expect((await page.locator(`${cell("fosen", "hinn")} li`).allInnerTexts()).sort()).toEqual(FOSEN_SEPU);
    expect(await page.locator(cell("fosen", "sepu")).count()).toBe(0);
    await page.context().close();
  });

  it("opens Fosen's network card from the matrix, with its partners and people", async () => {
    const page = await dashboard.open("/partnerskap");
    await page.getByRole("link", { name: "Fosen", exact: true }).click();
    await page.getByRole("heading", { name: "Fosen", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/nettverk/fosen");

    const partners = page.locator("table", { has: page.locator("caption", { hasText: "Partnere og personer" }) });
    await partners.waitFor();
    const row = (institution: string) =>
      partners.locator("tbody tr", { has: page.getByRole("cell", { name: institution, exact: true }) });
    expect(await row("DMMH").locator("td").nth(1).innerText()).toBe(
      "Anne-Lise Holmvik, Elisabeth Lehn, Ingunn Elder, Mari Westerhus, Marianne Rien",
    );
    expect(await row("SEPU").locator("td").nth(1).innerText()).toBe("Ann Gustavsen, Mette Marit Jensen");
    expect(await row("Nord universitet").count()).toBe(0);
    // The meetings have loaded before the screenshot (the seeded plans end in 2025).
    await page.locator('section[aria-labelledby="neste-moter"] [role="status"]').waitFor({ state: "detached" });
    // No document lists Fosen's municipalities: the card says so, and not that it has none.
    await page.getByText("Dokumentene sier ikke hvilke kommuner som er med").waitFor();
    expect(await page.getByRole("link", { name: /Abonner/ }).getAttribute("href")).toBe("/calendar/fosen.ics");

    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await dashboard.screenshot(page, "nettverkskort");
    await page.context().close();
  });

  it("marks a network's single points of failure: Malin Elvseth is Levanger/Verdal's only contact at Nord universitet", async () => {
    const page = await dashboard.open("/nettverk/levanger-verdal");
    const sole = page.locator(".sole-contacts li");
    await sole.first().waitFor();
    expect(await sole.allInnerTexts()).toEqual([
      "Sårbart: faller Malin Elvseth fra, mister nettverket sin eneste kontakt ved Nord universitet.",
    ]);
    // The network view draws the same: Cytoscape's canvas, and its image export stamped above it.
    await page.locator(".network-view-canvas canvas").first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Last ned nettverkskartet (PNG)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("nettverkskart-levanger-verdal.png");
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(["fosen", "trondelag-sorvest"])("prints the network card of %s on one A4 page", async (network) => {
    const page = await dashboard.open(`/nettverk/${network}`);
    await page.locator(".network-view-canvas canvas").first().waitFor();
    await page.locator('section[aria-labelledby="neste-moter"] [role="status"]').waitFor({ state: "detached" });
    await page.emulateMedia({ media: "print" });
    const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.context().close();
  });

  it("says so when a network does not exist", async () => {
    const page = await dashboard.open("/nettverk/finnes-ikke");
    await page.getByText("Det finnes ikke noe nettverk med id «finnes-ikke»").waitFor();
    await page.context().close();
  });

  it("finds a network by typing part of its name, in any case, and opens its card", async () => {
    // seeds/networks.yaml: Ytre, Indre and Midtre Namdal hold «namdal»; in Norwegian order Indre, Midtre, Ytre.
    const page = await dashboard.open("/nettverk");
    const field = page.getByRole("textbox", { name: "Nettverk" }).or(page.getByRole("combobox", { name: "Nettverk" }));
    await field.click();
    await field.fill("NAMDAL");
    const options = page.getByRole("listbox", { name: "Nettverk" }).getByRole("option");
    await options.filter({ hasText: "Ytre Namdal" }).waitFor();
    expect(await options.allInnerTexts()).toEqual(["Indre Namdal", "Midtre Namdal", "Ytre Namdal"]);
    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await field.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Midtre Namdal", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/nettverk/midtre-namdal");
    await page.context().close();
  });

  it("says the service does not answer when the API is down, instead of a blank page", async () => {
    const page = await dashboard.open("/");
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.getByRole("link", { name: "Partnerskap" }).click();
    await page.getByRole("heading", { name: "Tjenesten svarer ikke" }).waitFor();
    await page.context().close();
  });

  it("says so when a page's code cannot be loaded, and the network card without its drawing when Cytoscape cannot", async () => {
    const page = await dashboard.open("/", async (context) => {
      await context.route(/\/assets\/(HullPage|NetworkView)-[^/]*\.js$/, (route) => route.abort("connectionrefused"));
    });
    await page.getByRole("heading", { name: "Oversikt: Trøndelag", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Hull" }).click();
    await page.getByRole("alert").getByText("Programkoden for siden Hull kunne ikke lastes").waitFor();

    await page.goto(`${dashboard.baseUrl()}/nettverk/levanger-verdal`);
    await page.getByRole("alert").getByText("Programkoden for nettverkskartet kunne ikke lastes").waitFor();
    // The rest of the card is still there, and says in words what the drawing would have shown.
    expect(await page.locator(".sole-contacts li").allInnerTexts()).toEqual([
      "Sårbart: faller Malin Elvseth fra, mister nettverket sin eneste kontakt ved Nord universitet.",
    ]);
    await page.context().close();
  });

  it("lets the keyboard scroll a table wider than a phone's screen", async () => {
    const page = await dashboard.open("/partnerskap");
    await page.setViewportSize({ width: 390, height: 844 });
    const frame = page.getByRole("region", { name: "Partnerskapstabellen" });
    await frame.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { scrollLeft: number } } }
        ).document.querySelector(".table-scroll")!.scrollLeft > 0,
    );
    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
