// Personer in a real browser against the service over the seeded graph. From Vedlegg 5 of 004, the
// partnership table: Malin Elvseth is Nord universitet's only contact for Levanger/Verdal and Mette
// Meidell NTNU's only one for Videregående skoler (every other cell names two or more). Anne-Lise
// Holmvik carries the most networks: Fosen, Indre Namdal, Midtre Namdal, Trondheim/Malvik and
// Værnes, and in parentheses Trøndelag sørvest and Ytre Namdal (7: 5 primary, 2 backup). 30 people
// support the Trøndelag networks. Three hold them together (cut vertices): Mette Meidell is
// Videregående skoler's only link to the rest, Malin Elvseth Levanger/Verdal's, and Anne-Lise Holmvik
// Fosen's (its six other people support Fosen alone). Mette Meidell (NTNU; Værnes and Videregående
// skoler, both primary) lies on every shortest path from Videregående skoler to the 39 other nodes
// and on no other: 39 of the 780 pairs of the 40 other nodes, a betweenness of 0,050.
import { describe, expect, it } from "vitest";
import { useDashboard } from "../support/browser.js";

const dashboard = useDashboard();
const LOAD = "Nettverk per person";

describe("Personer", () => {
  it("names the only contacts, who carries the most networks, and who holds them together", async () => {
    const page = await dashboard.open("/personer");
    const table = (caption: string) => page.locator("table", { has: page.locator("caption", { hasText: caption }) });
    const rows = (caption: string) =>
      table(caption)
        .locator("tbody tr")
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    await table("eneste kontakt").waitFor();
    expect(await rows("eneste kontakt")).toEqual([
      ["Malin Elvseth", "Levanger/Verdal", "Nord universitet"],
      ["Mette Meidell", "Videregående skoler", "NTNU"],
    ]);

    const load = await rows(LOAD);
    expect(load).toHaveLength(30);
    const [first] = load;
    expect([...first!.slice(0, 5), first![6]]).toEqual(["Anne-Lise Holmvik", "DMMH", "7", "5", "2", "ja"]);
    expect(load.filter((row) => row[6] === "ja").map((row) => row[0])).toEqual([
      "Anne-Lise Holmvik",
      "Malin Elvseth",
      "Mette Meidell",
    ]);
    expect(load.find((row) => row[0] === "Mette Meidell")).toEqual([
      "Mette Meidell",
      "NTNU",
      "2",
      "2",
      "0",
      "0,050",
      "ja",
    ]);
    // Someone in one network only lies between no one.
    expect(load.find((row) => row[0] === "Eli Raanes")?.slice(5)).toEqual(["0,000", "nei"]);

    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await dashboard.screenshot(page, "personer");
    await page.context().close();
  });

  it("exports the people with their metrics as CSV for Norwegian Excel", async () => {
    const page = await dashboard.open("/personer");
    await page.locator("caption", { hasText: LOAD }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^Last ned CSV \(nettverk per person/ }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.startsWith("\uFEFFPerson;Institusjon;Nettverk;Hovedkontakt;Reserve;Mellomhet;Bærende person\r\n")).toBe(
      true,
    );
    const lines = text.trim().split("\r\n");
    expect(lines).toHaveLength(31);
    expect(lines).toContain("Mette Meidell;NTNU;2;2;0;0,05;ja");
    await page.context().close();
  });

  it("says so for a county with no networks, from a shared link", async () => {
    const page = await dashboard.open("/personer?fylke=Atlantis");
    await page.getByRole("heading", { name: "Finnes ikke" }).waitFor();
    expect(await page.getByRole("alert").innerText()).toContain('No network is in the county "Atlantis"');
    await page.context().close();
  });
});
