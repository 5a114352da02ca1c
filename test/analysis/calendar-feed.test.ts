// The iCalendar feeds, read back with ical.js. Expected meetings from the årshjul of 000, 001, 003.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { type RunningService, startService } from "../../src/service.js";
import { useSeededGraph } from "../support/api.js";
import { testTarget } from "../support/database.js";

const graph = useSeededGraph();

let service: RunningService;
let origin: string;

beforeAll(async () => {
  const target = testTarget();
  service = await startService(
    // No response cache: a test below writes straight into Neo4j, which the graph's version does not see.
    loadConfig({ PORT: "0", NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password, CACHE_ENABLED: "false" }),
    () => undefined,
  );
  origin = new URL(service.url).origin;
});
afterAll(async () => {
  await service?.close();
});

/** A feed from 2024 on: the seed's meetings are of 2024–26, older than a feed's default year back. */
async function feed(id: string) {
  const response = await fetch(`${origin}/calendar/${id}.ics?from=2024-01-01`);
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), text };
}

/** Parses a feed as a calendar application would, with the feed's own VTIMEZONE. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent("vtimezone");
  if (zone) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("GET /calendar/{id}.ics", () => {
  it("serves Trøndelag sørvest's 30 meetings as an RFC 5545 calendar in Europe/Oslo time", async () => {
    const { status, type, text } = await feed("trondelag-sorvest");
    expect([status, type]).toEqual([200, "text/calendar; charset=utf-8"]);
    const { calendar, events: all } = events(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Oslo");
    // PP 11 (with the referenced 17.06.24), Rekom 7, SFO 14: 32, less the fagdag that all three name.
    expect(all).toHaveLength(30);
    expect(new Set(all.map((e) => e.uid)).size).toBe(30);

    const sfo = all.find((e) => e.uid === "tsv-sfo-2024-25-regionale-samlinger-2024-09-20@kompetansegraf");
    expect(sfo?.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Oslo");
    // 10–12 in Oslo is 08–10 UTC in September (summer time).
    expect(sfo?.startDate.toJSDate().toISOString()).toBe("2024-09-20T08:00:00.000Z");
    expect(sfo?.endDate.toJSDate().toISOString()).toBe("2024-09-20T10:00:00.000Z");
    expect(sfo?.description).not.toContain("fRLixB");

    const fagdag = all.find((e) => e.uid === "tsv-regional-fagdag-2024-11-27@kompetansegraf");
    expect(fagdag?.location).toBe("Børsa");
    // 09.30 in Oslo is 08.30 UTC in November (winter time).
    expect(fagdag?.startDate.toJSDate().toISOString()).toBe("2024-11-27T08:30:00.000Z");
  });

  it("serves an initiative's meetings, and a day without a time as an all-day event", async () => {
    const rekom = events((await feed("tsv-rekom-dmmh-2024-25")).text).events;
    expect(rekom).toHaveLength(7);
    const pp = events((await feed("tsv-pp-2024-25")).text).events;
    const june = pp.find((e) => e.uid.startsWith("tsv-pp-2024-25-regionale-samlinger-2024-06-17"));
    expect(june?.startDate.isDate).toBe(true);
    expect(june?.startDate.toString()).toBe("2024-06-17");
    expect(june?.endDate.toString()).toBe("2024-06-18");
  });

  it("serves an empty calendar for a network without meetings, and 404 for an unknown id", async () => {
    const fosen = await feed("fosen");
    expect(fosen.status).toBe(200);
    expect(events(fosen.text).events).toHaveLength(0);
    // RFC 5545 wants at least one component: the zone is there even without events.
    expect(events(fosen.text).calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(
      "Europe/Oslo",
    );
    const unknown = await feed("atlantis");
    expect([unknown.status, unknown.text]).toEqual([
      404,
      'No network, initiative, institution, person or forum has the id "atlantis"\n',
    ]);
  });

  it("serves a forum's meetings, the multi-day ones as all-day events over all their days", async () => {
    // 004, Vedlegg 2, column Samarbeidsforum: 08.-09.01.25, 12.-13.03.25, 10.-11.09.25, 11. november, 14.-15.01.26.
    const forum = events((await feed("samarbeidsforum")).text).events;
    expect(forum.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([
      ["2025-01-08", "2025-01-10"],
      ["2025-03-12", "2025-03-14"],
      ["2025-09-10", "2025-09-12"],
      ["2025-11-11", "2025-11-12"],
      ["2026-01-14", "2026-01-16"],
    ]);
    // The agenda, not the cell it was read from as well.
    const march = forum[1];
    expect(march?.description.match(/eierrepresentantene legger fram/g)).toHaveLength(1);
  });

  it("serves a person's and an institution's meetings, each saying why it is there", async () => {
    // Mona Reitan Rosenlund is in the joint measure's working group (004, Vedlegg 1, 1.3); of its
    // meetings the plans date only Samarbeidsforum's of 12.-13.03.25; the networks she supports
    // (Indre Namdal, Innherred) have no dated meetings.
    const mona = events((await feed("mona-reitan-rosenlund")).text).events;
    expect(mona.map((e) => e.uid)).toEqual(["samarbeidsforum-2025-03-12@kompetansegraf"]);
    expect(mona[0]?.description).toContain(
      "I kalenderen fordi: Mona Reitan Rosenlund er med i Arbeidsgruppe fellestiltak",
    );
    // DMMH is a partner of the PP measure (11 meetings with the referenced 17.06.24), of Rekom (7) and of the
    // joint measure (Samarbeidsforum's 12.03.25); the fagdag of 27.11.24 is in both plans: 11 + 7 - 1 + 1.
    const dmmh = events((await feed("dmmh")).text).events;
    expect(dmmh).toHaveLength(18);
    expect(dmmh.find((e) => e.uid === "tsv-regional-fagdag-2024-11-27@kompetansegraf")?.description).toContain(
      "DMMH er partner i",
    );
  });

  it("puts every meeting of the graph in some feed, and every feed parses", async () => {
    const { records } = await graph.driver.executeQuery(
      `MATCH (n) WHERE n:Network OR n:Initiative OR n:Institution OR n:Person OR n:Forum
       RETURN collect(DISTINCT n.id) AS ids, COLLECT { MATCH (m:Meeting) RETURN m.id } AS meetings`,
    );
    const ids = records[0]?.get("ids") as string[];
    const meetings = records[0]?.get("meetings") as string[];
    const seen = new Set<string>();
    for (const id of ids) {
      const { status, text } = await feed(id);
      expect(status, id).toBe(200);
      const parsed = events(text);
      expect(parsed.calendar.getAllSubcomponents().length, id).toBeGreaterThan(0);
      for (const event of parsed.events) seen.add(event.uid.replace(/@kompetansegraf$/, ""));
    }
    expect(meetings.filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe("a feed is safe by construction, whatever the graph holds", () => {
  it("keeps a line break in an old id or text inside its own line: no URL line, no extra event", async () => {
    // A meeting written before ids and texts were checked, straight into the graph.
    const attack = "\r\nURL:https://evil.example/\r\nATTACH:https://evil.example/x";
    await graph.driver.executeQuery(
      `MATCH (i:Initiative {id: 'tsv-sfo-2024-25'})
       CREATE (m:Meeting {id: $id, title: $text, date: date('2025-06-02'), place: $text, agenda: [$text], text: $text, sources: []})-[:SERVES]->(i)`,
      { id: `old-id${attack}\nEND:VEVENT\nBEGIN:VEVENT\u2028x;y,z`, text: `Samling${attack}\rEND:VCALENDAR` },
      { database: testTarget().database },
    );
    const { status, text } = await feed("tsv-sfo-2024-25");
    expect(status).toBe(200);
    const lines = text.split("\r\n");
    expect(lines.filter((line) => /^(URL|ATTACH)[;:]/.test(line))).toEqual([]);
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(15);
    expect(lines.filter((line) => line === "END:VCALENDAR")).toHaveLength(1);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n\u2028]/);
    const { calendar, events: all } = events(text);
    expect(calendar.getFirstPropertyValue("url")).toBeNull();
    const odd = all.find((e) => e.uid.startsWith("old-id"));
    expect(odd?.uid).toBe(
      "old-id%0D%0AURL%3Ahttps%3A%2F%2Fevil%2Eexample%2F%0D%0AATTACH%3Ahttps%3A%2F%2Fevil%2Eexample%2Fx%0AEND%3AVEVENT%0ABEGIN%3AVEVENT%E2%80%A8x%3By%2Cz@kompetansegraf",
    );
    expect(odd?.summary).toBe("Samling URL:https://evil.example/ ATTACH:https://evil.example/x END:VCALENDAR");
    expect(odd?.location).toBe(odd?.summary);
    expect(all.every((e) => e.component.getFirstProperty("url") === null)).toBe(true);
  });
});
