import { describe, expect, it } from "vitest";
import { analysisCypher } from "../../../src/schema-files.js";

/** The parts of a statement marked "// ALIKE: <name>" … "// ALIKE END", comments and layout left out. */
function alikeParts(cypher: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [, name, body] of cypher.matchAll(/\/\/ ALIKE: (.+)\n([\s\S]*?)\/\/ ALIKE END/g)) {
    const code = body!
      .replace(/\/\/.*$/gm, "")
      .replace(/\s+/g, " ")
      .trim();
    parts.set(name!, code);
  }
  return parts;
}

describe("the meeting statements that Cypher cannot share", () => {
  it("seek the range and project a ScheduledMeeting alike in meetingsBetween and the meeting conflicts", () => {
    const between = alikeParts(analysisCypher("meetings-between"));
    const conflicts = alikeParts(analysisCypher("meeting-conflicts"));
    expect([...between.keys()].sort()).toEqual([
      "ScheduledMeeting",
      "a person's calendar",
      "range seek",
      "scope filter",
    ]);
    expect([...conflicts.keys()].sort()).toEqual([
      "ScheduledMeeting",
      "a person's calendar",
      "range seek",
      "scope filter",
    ]);
    expect(conflicts.get("range seek")).toBe(between.get("range seek"));
    expect(conflicts.get("ScheduledMeeting")).toBe(between.get("ScheduledMeeting"));
    expect(between.get("ScheduledMeeting")).toMatch(/^\.id, \.title, \.date, .*forums: COLLECT/);
  });

  it("find a person's meetings alike in the calendar feed and the person scope of the meeting analyses", () => {
    const feed = alikeParts(analysisCypher("calendar-feed")).get("a person's calendar");
    expect(feed).toMatch(/^CALL \(person\) \{ CALL \(person\) \{ MATCH \(person\)-\[:SUPPORTS\]/);
    for (const name of ["meetings-between", "meetings-page", "meeting-counts", "meeting-conflicts"]) {
      expect(alikeParts(analysisCypher(name)).get("a person's calendar"), name).toBe(feed);
    }
  });

  it("narrow to a scope alike in the meeting analyses and the conflicts", () => {
    const filter = alikeParts(analysisCypher("meetings-between")).get("scope filter");
    expect(filter).toMatch(/^WHERE \(\$network IS NULL OR EXISTS .* AND \(\$person IS NULL OR meeting IN personal\)$/);
    for (const name of ["meetings-page", "meeting-counts", "meeting-conflicts"]) {
      expect(alikeParts(analysisCypher(name)).get("scope filter"), name).toBe(filter);
    }
  });
});
