// The Importer page in a real browser against the service (issue 17, item 5): an editor enters
// a token, uploads a plan, reads the diff, confirms, and sees the new meetings in Årshjul.
// The plan is test/fixtures/plans/gauldal-dekom-2025-26.txt (its .expected.yaml is the review
// worked out by hand): Regional arbeidsgruppe meets "03.09.25 kl. 12.00-14.00 … Teamsmøte",
// Regionale samlinger "14. oktober kl 9 - 15 Regional samling i Melhus"; "Uke 47 (dato kommer)"
// has no day; "18.03.25" lies in the 2026 table and is corrected.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useDashboard } from "../support/browser.js";
import { signToken, TEST_JWT_SECRET } from "../support/tokens.js";

// The file the editor uploads: the plan in any form the importer reads gives the same facts.
const PLAN = path.resolve(import.meta.dirname, "..", "fixtures", "documents", "gauldal-dekom-2025-26.docx");
// Fosen's four municipalities in rows 4–7 of sheet «Medlemmer», Sør-Troms og Evenes' five in rows 8–12; sheet
// «Les meg» holds instructions (scripts/spreadsheets.ts). Both networks' membership is UNKNOWN in the seeds.
const MEMBERSHIP = path.resolve(import.meta.dirname, "..", "fixtures", "spreadsheets", "medlemskap-to-nettverk.xlsx");

const dashboard = useDashboard({ JWT_SECRET: TEST_JWT_SECRET });

describe("Importer", () => {
  it("previews a plan, imports it on confirmation, and Årshjul then shows its meetings", async () => {
    // Årshjul first, so that its empty answer for September 2025 is in the dashboard's cache.
    const page = await dashboard.open("/arshjul?nettverk=gauldalsregionen&maned=2025-09");
    await page.getByText("Ingen møter eller frister i september 2025 med disse valgene.").waitFor();

    await page.getByRole("link", { name: "Importer" }).click();
    await page.getByRole("heading", { level: 1, name: "Importer" }).waitFor();
    await page.getByLabel("Redaktørnøkkel").fill(await signToken({ roles: ["editor"] }, { expiresIn: "10m" }));
    await page.getByRole("button", { name: "Bruk nøkkelen" }).click();
    await page.getByText("Redaktørnøkkelen er lagret for denne fanen.").waitFor();
    const storage = await page.evaluate("({ session: sessionStorage.length, local: localStorage.length })");
    expect(storage).toEqual({ session: 1, local: 0 });

    // A ZIP archive is refused, by its content, with the service's reason.
    const upload = page.getByLabel("Velg eller slipp en fil");
    const zip = Buffer.concat([Buffer.from("PK\u0005\u0006", "latin1"), Buffer.alloc(18)]);
    await upload.setInputFiles({ name: "plan.txt", mimeType: "text/plain", buffer: zip });
    const refusal = page.getByRole("alert");
    await refusal.getByRole("heading", { name: "Filtypen kan ikke importeres" }).waitFor();
    expect(await refusal.innerText()).toContain("plan.txt is a ZIP archive");

    await upload.setInputFiles(PLAN);
    await page.getByRole("heading", { name: "Forhåndsvisning: Dekom NTNU i Gauldalsregionen 2025/2026" }).waitFor();
    const group = (name: string) => page.locator(`section[data-group="${name}"]`);
    expect(await group("create").getByRole("heading").innerText()).toBe("Opprettes (17)");
    expect(await group("update").getByRole("heading").innerText()).toBe("Endres (0)");
    const created = group("create").locator("tbody tr");
    expect(await created.count()).toBe(17);
    expect(
      await created.filter({ hasText: "Regionale samlinger" }).filter({ hasText: "14. oktober 2025" }).innerText(),
    ).toMatch(
      /Møte\s+Regionale samlinger\s+tirsdag 14\. oktober 2025\s+dato: "2025-10-14".*start: "09:00".*sted: "Melhus"/s,
    );
    const unreadable = group("unreadable").locator("tbody tr");
    expect(await unreadable.count()).toBe(1);
    expect(await unreadable.innerText()).toMatch(
      /Kunne ikke leses\s+Årshjul 2025, rad Nov, kolonne Regionale samlinger \((side \d+, )?tabell \d+, rad \d+\)\s+Uke 47 \(dato kommer\) Digital nettverkssamling for ressurslærere.*\s+ser ut som et møte, men har ingen dato som kan leses; beholdt som en aktivitet i måneden/s,
    );
    const corrected = group("notes").locator('tbody tr[data-kind="corrected"]');
    expect(await corrected.innerText()).toMatch(/Rettet.*2026.*Mars.*Regional arbeidsgruppe.*18\.03\.25/s);
    expect(await page.locator("main").innerText()).not.toMatch(/aB3xYz|312 456/);
    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await dashboard.screenshot(page, "importer");

    await page.getByRole("button", { name: "Bekreft og importer 17 endringer" }).click();
    const done = page.getByRole("status").filter({ hasText: "Importert" });
    await done.waitFor();
    expect(await done.innerText()).toContain("17 poster opprettet, 0 endret, 0 koblet, 0 uendret.");

    await done.getByRole("link", { name: "Se møtene i Årshjul" }).click();
    const day = (date: string) => page.locator(`td[data-date="${date}"] li.meeting`);
    await day("2025-09-03").first().waitFor();
    expect(await day("2025-09-03").allInnerTexts()).toEqual(["12.00–14.00 Regional arbeidsgruppe"]);
    expect(await page.locator("li.meeting").count()).toBe(1);
    await page.getByRole("button", { name: "Neste måned" }).click();
    await day("2025-10-14").first().waitFor();
    expect(await day("2025-10-14").allInnerTexts()).toEqual(["09.00–15.00 Regionale samlinger, Melhus"]);
    await page.context().close();
  });

  it("previews a membership workbook, imports it on confirmation, and Nettverkskort then lists Fosen's members", async () => {
    // Fosen's card first, so that its unknown membership is in the dashboard's cache.
    const page = await dashboard.open("/nettverk/fosen");
    const members = page
      .locator("section, div")
      .filter({ has: page.getByRole("heading", { name: "Kommuner" }) })
      .last();
    await members.getByText("Ukjent (ingen dokumenter sier hvilke kommuner som er med)").waitFor();

    await page.getByRole("link", { name: "Importer" }).click();
    await page.getByLabel("Redaktørnøkkel").fill(await signToken({ roles: ["editor"] }, { expiresIn: "10m" }));
    await page.getByRole("button", { name: "Bruk nøkkelen" }).click();
    await page.getByLabel("Velg eller slipp en fil").setInputFiles(MEMBERSHIP);
    await page.getByRole("heading", { name: "Forhåndsvisning: Medlemskap i nettverk (ark «Medlemmer»)" }).waitFor();
    const group = (name: string) => page.locator(`section[data-group="${name}"]`);
    expect(await group("create").getByRole("heading").innerText()).toBe("Opprettes (0)");
    expect(await group("update").getByRole("heading").innerText()).toBe("Endres (2)");
    expect(await group("remove").getByRole("heading").innerText()).toBe("Fjernes (0)");
    const rows = group("update").locator("tbody tr");
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(
        /^Medlemskap\s+Fosen\s+medlemskap: ukjent → oppført\s+legges til: Indre Fosen, Ørland, Åfjord, Osen\s+medlemskap-to-nettverk\.xlsx: ark «Medlemmer», rader 4–7$/,
      ),
      expect.stringMatching(
        /^Medlemskap\s+Region Sør-Troms og Evenes\s+medlemskap: ukjent → oppført\s+legges til: Harstad - Hárstták, Kvæfjord, Dielddanuorri - Tjeldsund, Ibestad, Evenes - Evenášši\s+medlemskap-to-nettverk\.xlsx: ark «Medlemmer», rader 8–12$/,
      ),
    ]);
    expect(await group("notes").locator("tbody tr").allInnerTexts()).toEqual([
      expect.stringMatching(/^Hoppet over\s+ark «Les meg»\s+ikke lest$/),
    ]);
    expect(await dashboard.seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Bekreft og importer 2 endringer" }).click();
    const done = page.getByRole("status").filter({ hasText: "Importert" });
    await done.waitFor();
    expect(await done.innerText()).toContain(
      "Medlemskap i nettverk (ark «Medlemmer»): 0 poster opprettet, 2 endret, 0 fjernet, 0 uendret.",
    );
    await done.getByRole("link", { name: "Fosen" }).click();
    await members.getByText("Oppført (et dokument lister medlemmene)").waitFor();
    expect((await members.locator("li").allInnerTexts()).sort()).toEqual(
      ["Indre Fosen (5054)", "Osen (5020)", "Åfjord (5058)", "Ørland (5057)"].sort(),
    );
    expect(await members.innerText()).toContain(
      "Kilde: Listet i medlemskap-to-nettverk.xlsx (ark «Medlemmer»): 4 kommuner, importert fra regnearket.",
    );
    await page.context().close();
  });

  it("keeps the token for the tab only, and forgets it on request", async () => {
    const page = await dashboard.open("/importer");
    await page.getByLabel("Redaktørnøkkel").fill("not-a-token");
    await page.getByRole("button", { name: "Bruk nøkkelen" }).click();
    await page.getByLabel("Velg eller slipp en fil").setInputFiles(PLAN);
    const refusal = page.getByRole("alert");
    await refusal.getByRole("heading", { name: "Nøkkelen ble ikke godtatt" }).waitFor();
    expect(await refusal.innerText()).toContain("Not authenticated: the token is not a valid JWT");

    await page.getByRole("button", { name: "Glem nøkkelen" }).click();
    await page.getByLabel("Redaktørnøkkel").waitFor();
    expect(await page.evaluate("sessionStorage.length + localStorage.length")).toBe(0);
    expect(await page.getByText("Skriv inn redaktørnøkkelen først.").count()).toBe(1);
    expect(await dashboard.seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
