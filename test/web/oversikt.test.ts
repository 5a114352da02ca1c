// Oversikt in a real browser against the service over the seeded graph. From the documents:
// Trøndelag has 38 municipalities (Kartverket 2024); the plans of Trøndelag sørvest (000, 001, 003)
// reach all six of its members under one scheme or another (PP- and SFO-tiltaket: Frøya, Heim, Hitra,
// Orkland, Skaun; Rekom: Heim, Hitra, Rindal, Skaun), and no document names any other network's
// members. Vedlegg 5 of 004 leaves five Trøndelag networks fragile: Levanger/Verdal (Malin Elvseth
// alone), Videregående skoler (Mette Meidell alone), Midtre Namdal and Ytre Namdal (DMMH alone),
// and PPT-ledernettverket (no one).
import { describe, expect, it } from "vitest";
import { useDashboard } from "../support/browser.js";

const dashboard = useDashboard();

describe("Oversikt", () => {
  it("shows Trøndelag at a glance, each number a link to its page", async () => {
    const page = await dashboard.open("/");
    await page.getByRole("heading", { name: "Oversikt: Trøndelag", level: 1 }).waitFor();
    const figure = (label: string) =>
      page.locator("a.figure", { has: page.locator(".figure-label", { hasText: new RegExp(`^${label}$`) }) });
    await figure("dekket").waitFor();
    expect(await figure("dekket").locator(".figure-value").innerText()).toBe("6");
    expect(await figure("med hull").locator(".figure-value").innerText()).toBe("0");
    expect(await figure("ukjent nettverk").locator(".figure-value").innerText()).toBe("32");
    expect(await figure("sårbare nettverk").locator(".figure-value").innerText()).toBe("5");
    expect(await figure("dekket").getAttribute("href")).toBe("/dekningskart?fylke=50");

    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await dashboard.screenshot(page, "oversikt");

    await figure("sårbare nettverk").click();
    await page.getByRole("heading", { name: "Hull", level: 1 }).waitFor();
    const fragile = page.locator("table", { has: page.locator("caption", { hasText: "Nettverk som hviler" }) });
    await fragile.waitFor();
    expect(await fragile.locator("tbody tr th, tbody tr td:first-child").allInnerTexts()).toEqual([
      "Levanger/Verdal",
      "Midtre Namdal",
      "PPT-ledernettverket",
      "Videregående skoler",
      "Ytre Namdal",
    ]);
    await page.context().close();
  });
});
