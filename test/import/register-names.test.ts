// The importer links municipalities by the national register (seeds/register/kommuner-2024.csv)
// in any form of their official names, reports what is not a municipality or is ambiguous, and
// reads a place with several words ("ved Nord universitet Levanger") whole.
import { describe, expect, it } from "vitest";
import { readMeetingText } from "../../src/import/meeting-text.js";
import { findDates } from "../../src/import/norwegian-dates.js";
import { readPlanHead } from "../../src/import/plan-head.js";
import type { Finding } from "../../src/import/report.js";
import { readVocabulary } from "../../src/import/vocabulary.js";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";

const graph = useSeededGraph();
const vocabulary = () => readVocabulary(graph.driver, testTarget().database);

describe("municipalities named in a plan", () => {
  it('links "Snåsa" and "Trondheim" to 5041 and 5001, and reports "Herøy" (1515, 1818) and "Lakseregionen"', async () => {
    const findings: Finding[] = [];
    const head = readPlanHead(
      "Rekom DMMH i Trøndelag sørvest 2025/2026",
      "Rekomsamarbeidet med DMMH gjelder barnehagene i kommunene Snåsa, Trondheim, Herøy og Lakseregionen.",
      await vocabulary(),
      {},
      findings,
    );
    expect(head.municipalities).toEqual(["snaase-snasa", "trondheim-traante"]);
    expect(findings.map((f) => f.message)).toEqual([
      "«Herøy» kan bety flere kommuner: 1515 og 1818; tiltaket er ikke koblet til noen av dem",
      "«Lakseregionen» er ikke en kommune i registeret; tiltaket er ikke koblet til den",
    ]);
  });
});

describe("the place of a meeting", () => {
  const placeOf = async (text: string) => {
    const anchor = findDates(text).dates[0];
    if (!anchor) throw new Error(`no date in ${text}`);
    const { institutions, municipalities } = await vocabulary();
    return readMeetingText(text, anchor, { institutions, municipalities }).place;
  };

  it('keeps "Nord universitet Levanger" whole, not "Nord"', async () => {
    expect(await placeOf("Styrersamling ved Nord universitet Levanger 16. oktober kl 09.30 - 15 - Stoppunkt")).toBe(
      "Nord universitet Levanger",
    );
  });

  it("still reads a one-word place and an institution without a campus", async () => {
    expect(await placeOf("Styrersamling ved DMMH 16. oktober kl 09.30 - 15 - Stoppunkt for Rekomarbeidet")).toBe(
      "DMMH",
    );
    expect(await placeOf("29.oktober 9.30-15.30 Heim")).toBe("Heim");
    expect(
      await placeOf("01.11.24 kl. 9.30-14.30 Oppfølging av samlinga ved DMMH 17.06.24. Fysisk samling Børsa."),
    ).toBe("Børsa");
  });
});
