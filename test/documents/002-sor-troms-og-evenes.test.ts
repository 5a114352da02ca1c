// ../shared/seeds/002_ade191f0c5596552.txt: Region Sør-Troms og Evenes, Kompetanseløftet,
// tiltak 1–9 for autumn 2025 – spring 2026. Every expected value below is read from it.
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";

const api = useSeededGraph();

interface Initiative {
  name: string;
  partners: { id: string }[];
  plannedEmployees: number | null;
  plannedMeetings: number | null;
  plannedUnits: number | null;
}

describe("002: the measures of Region Sør-Troms og Evenes 2025/26", () => {
  it("are nine Kompetanseløftet measures of the region", async () => {
    const { networks } = await api.query<{ networks: { name: string; initiatives: { name: string; scheme: { id: string } }[] }[] }>(`{
      networks(where: { id: { eq: "sor-troms-og-evenes" } }) {
        name initiatives(sort: [{ id: ASC }]) { name scheme { id } }
      }
    }`);
    expect(networks[0]?.name).toBe("Region Sør-Troms og Evenes");
    expect(networks[0]?.initiatives.map((i) => i.name)).toEqual([
      "Kompetansepakke om inkluderende praksis",
      "Kompetanseutvikling samiske perspektiver",
      "Dialogsamling",
      "Digital dialogsamling",
      "Veiledning av 6 barnehager/skoler i regionen",
      "Gjennomgang av boka «Fra uro til ro»",
      "Nettverk skole og PPT",
      "Nettverk barnehage og PPT",
      "Opplæring i utvalgte pilotkommuner",
    ]);
    expect(new Set(networks[0]?.initiatives.map((i) => i.scheme.id))).toEqual(new Set(["kompetanseloftet"]));
  });

  it("works with UiT on tiltak 2, 3, 4 and 9 and with SNU-senteret on tiltak 3, 4, 5, 6 and 9", async () => {
    const { institutions } = await api.query<{ institutions: { id: string; partnerIn: { id: string }[] }[] }>(`{
      institutions(where: { id: { in: ["uit", "snu-senteret"] } }, sort: [{ id: ASC }]) {
        id partnerIn(sort: [{ id: ASC }]) { id }
      }
    }`);
    const tiltak = (...n: number[]) => n.map((k) => ({ id: `sor-troms-og-evenes-tiltak-${k}` }));
    expect(institutions).toEqual([
      { id: "snu-senteret", partnerIn: tiltak(3, 4, 5, 6, 9) },
      { id: "uit", partnerIn: tiltak(2, 3, 4, 9) },
    ]);
  });

  it("keeps the planned volumes: 1295 employees, 6 units, 2+2 network meetings", async () => {
    const { initiatives } = await api.query<{ initiatives: Initiative[] }>(`{
      initiatives(where: { network: { id: { eq: "sor-troms-og-evenes" } } }, sort: [{ id: ASC }]) {
        name partners { id } plannedEmployees plannedMeetings plannedUnits
      }
    }`);
    const byName = new Map(initiatives.map((i) => [i.name, i]));
    expect(byName.get("Dialogsamling")?.plannedEmployees).toBe(1295);
    expect(byName.get("Veiledning av 6 barnehager/skoler i regionen")?.plannedUnits).toBe(6);
    expect(byName.get("Nettverk skole og PPT")?.plannedMeetings).toBe(4);
    expect(byName.get("Nettverk barnehage og PPT")?.plannedMeetings).toBe(4);
    expect(byName.get("Opplæring i utvalgte pilotkommuner")?.plannedEmployees).toBe(6);
  });

  it("targets all staff in kindergartens, schools, SFO and PPT with tiltak 1", async () => {
    const { initiatives } = await api.query<{ initiatives: { targetGroups: string[]; responsible: string }[] }>(`{
      initiatives(where: { id: { eq: "sor-troms-og-evenes-tiltak-1" } }) { targetGroups responsible }
    }`);
    expect(new Set(initiatives[0]?.targetGroups)).toEqual(new Set(["KINDERGARTEN", "SCHOOL", "SFO", "PPT"]));
    expect(initiatives[0]?.responsible).toBe("Styrer, rektor, leder PPT");
  });

  it("says that the region's municipalities are unknown, rather than that it has none", async () => {
    const { networks } = await api.query<{ networks: { membershipKnown: boolean; members: unknown[] }[] }>(`{
      networks(where: { id: { eq: "sor-troms-og-evenes" } }) { membershipKnown members { id } }
    }`);
    expect(networks).toEqual([{ membershipKnown: false, members: [] }]);
  });
});
