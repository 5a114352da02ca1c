// Hostile writes by an editor (issue 12, items 2, 4, 8 and 12): each row is a mutation, who
// sends it, the HTTP status and the error code it gets, and whether the graph stays as it was.
// A mutation is one transaction: refused or failed, nothing of it is written.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { writtenInputTypes } from "../../src/graphql/write-inputs.js";
import { buildSchema } from "../../src/graphql/schema.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph, testTarget } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, bearer } from "../support/tokens.js";

const graph = useSeededGraph();
const api = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });

/** Every node with its labels and properties, every relationship with its ends and properties: the graph, to compare. */
async function fingerprint(): Promise<string> {
  const { records } = await graph.driver.executeQuery(
    `CALL () { MATCH (n) RETURN collect([labels(n), properties(n)]) AS nodes }
     CALL () { MATCH (a)-[r]->(b) RETURN collect([a.id, type(r), b.id, properties(r)]) AS relationships }
     RETURN nodes, relationships`,
    {},
    { database: testTarget().database },
  );
  const plain = (value: unknown): unknown =>
    neo4j.isInt(value) || neo4j.isDate(value) || neo4j.isLocalTime(value) ? String(value) : value;
  const rows = (key: string) =>
    (records[0]?.get(key) as unknown[]).map((row) => JSON.stringify(row, (_k, v: unknown) => plain(v))).sort();
  return JSON.stringify([rows("nodes"), rows("relationships")]);
}

const MEETING = "tsv-sfo-2024-25-regionale-samlinger-2024-09-20"; // 20.09.2024, 10:00–12:00
const meeting = (fields: string) =>
  `mutation { createMeetings(input: [{ ${fields} agenda: [], sources: ["attack"] }]) { meetings { id } } }`;
const newMeeting = (fields: string) =>
  meeting(`id: "attack-meeting", title: "Samling", date: "2025-03-10", text: "Samling", ${fields}`);
const deadline = (id: string, month: number, day: number) =>
  `mutation { createDeadlines(input: [{ id: "${id}", name: "Frist", step: "Frist", sender: "Nettverk", month: ${month}, day: ${day}, recurrence: "yearly", setLocally: false, text: "Frist", dates: [], sources: ["attack"] }]) { deadlines { id } } }`;
const newScheme = (alias: string, id: string) =>
  `${alias}: createSchemes(input: [{ id: "${id}", name: "Ny", sources: [] }]) { schemes { id } }`;

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Who sends it: an editor (the default), nobody, or a reader. */
  as?: "editor" | "anonymous" | "reader";
  status: number;
  /** The code of the first error; "" for a mutation that succeeds. */
  code: string;
  /** The first error's message says this. */
  message?: RegExp;
  /** The last error is ROLLED_BACK: "Nothing was written", naming the root fields that had succeeded. */
  rolledBack?: RegExp;
}

const refusals: Case[] = [
  // Item 4: one transaction per mutation operation.
  {
    name: "two root fields, the second a duplicate id: the first is not committed",
    query: `mutation { ${newScheme("a", "attack-scheme-a")} ${newScheme("b", "rekom")} }`,
    status: 200,
    code: "",
    rolledBack: /^Nothing was written: .* a had succeeded and was undone with it$/,
  },
  {
    name: "two root fields, the second with a bad id: the first is not committed",
    query: `mutation { ${newScheme("a", "attack-scheme-a")} b: createMeetings(input: [{ id: "Bad Id", title: "x", date: "2025-03-10", text: "x", agenda: [], sources: [] }]) { meetings { id } } }`,
    status: 200,
    code: "BAD_USER_INPUT",
    rolledBack: /a had succeeded and was undone with it$/,
  },
  {
    name: "three root fields, the last breaking a deadline rule: the first two are not committed",
    query: `mutation { ${newScheme("a", "attack-scheme-a")} ${newScheme("c", "attack-scheme-c")} d: updateDeadlines(where: { id: { eq: "innstilling" } }, update: { month: { set: 13 } }) { deadlines { id } } }`,
    status: 200,
    code: "BAD_USER_INPUT",
    message: /^Deadline "innstilling": month 13 is not a month: expected 1 to 12\. Nothing was written\.$/,
  },
  // Item 2: ids are slugs on every write path.
  {
    name: "an id with CR LF and a calendar line (create)",
    query: newMeeting("").replace('"attack-meeting"', '"x\\r\\nURL:https://evil.example/"'),
    status: 200,
    code: "BAD_USER_INPUT",
    message:
      /^createMeetings was refused, and nothing was written: input\[0\]\.id: "x\\r\\nURL:https:\/\/evil\.example\/" is not an id: expected a slug/,
  },
  {
    name: "an id with CR LF given as a variable",
    query:
      'mutation ($id: ID!) { createMeetings(input: [{ id: $id, title: "x", date: "2025-03-10", text: "x", agenda: [], sources: [] }]) { meetings { id } } }',
    variables: { id: "attack\r\nURL:https://evil.example/" },
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.id: .* is not an id/,
  },
  {
    name: "an id with a space",
    query: deadline("attack deadline", 3, 1),
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.id: "attack deadline" is not an id/,
  },
  {
    name: "an upper-case id",
    query: deadline("Attack-Deadline", 3, 1),
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.id: "Attack-Deadline" is not an id/,
  },
  {
    name: "an id with a line break in a nested create",
    query:
      'mutation { createSchemes(input: [{ id: "attack-scheme", name: "Ny", sources: [], deadlines: { create: [{ node: { id: "frist\\nURL:x", name: "F", step: "F", sender: "S", month: 3, day: 1, recurrence: "yearly", setLocally: false, text: "F", dates: [], sources: [] } }] } }]) { schemes { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.deadlines\.create\[0\]\.node\.id: "frist\\nURL:x" is not an id/,
  },
  {
    name: "an upper-case id in a create nested in an update",
    query:
      'mutation { updateNetworks(where: { id: { eq: "fosen" } }, update: { initiatives: [{ create: [{ node: { id: "Fosen-Tiltak", name: "T", aliases: [], kind: MEASURE, periodText: "2025", purpose: [], sources: [] } }] }] }) { networks { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /update\.initiatives\[0\]\.create\[0\]\.node\.id: "Fosen-Tiltak" is not an id/,
  },
  {
    name: "an update that sets an id with CR LF",
    query: `mutation { updateMeetings(where: { id: { eq: "${MEETING}" } }, update: { id: { set: "${MEETING}\\r\\nURL:https://evil.example/" } }) { meetings { id } } }`,
    status: 200,
    code: "BAD_USER_INPUT",
    message: /update\.id\.set: .* is not an id/,
  },
  {
    name: "an upper-case id in a relationship's properties",
    query:
      'mutation { updatePeople(where: { id: { eq: "mona-reitan-rosenlund" } }, update: { supports: [{ connect: [{ where: { node: { id: { eq: "fosen" } } }, edge: { institution: "NORD", role: PRIMARY, schemes: ["rekom"], source: "x" } }] }] }) { people { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /update\.supports\[0\]\.connect\[0\]\.edge\.institution: "NORD" is not an id/,
  },
  // Items 3 and 12: passcodes and meeting links are never stored.
  {
    name: "a meeting ID and a passcode in a meeting's text",
    query: newMeeting("").replace('text: "Samling"', 'text: "Samling. Møte-ID: 387 681 127 533 Passord: fRLixB"'),
    status: 200,
    code: "BAD_USER_INPUT",
    message:
      /input\[0\]\.text: passcodes and meeting links are never stored, and this holds a meeting ID and a passcode/,
  },
  {
    name: "the cell as the plan writes it, tags and all",
    query: newMeeting("").replace(
      'text: "Samling"',
      'text: "<p><b>Møte-ID:</b> 387 681 127 533 <b>Passord:</b> fRLixB</p>"',
    ),
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "a Teams link in the agenda, as a variable",
    query:
      'mutation ($agenda: [String!]!) { createMeetings(input: [{ id: "attack-meeting", title: "x", date: "2025-03-10", text: "x", agenda: $agenda, sources: [] }]) { meetings { id } } }',
    variables: {
      agenda: [
        "Velkommen",
        "Bli med: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ%40thread.v2/0?context=%7b%7d",
      ],
    },
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.agenda\[1\]: .* holds a meeting link/,
  },
  {
    name: "a passcode set on a meeting's place",
    query: `mutation { updateMeetings(where: { id: { eq: "${MEETING}" } }, update: { place: { set: "Teams, Passcode: Qw9xZt" } }) { meetings { id } } }`,
    status: 200,
    code: "BAD_USER_INPUT",
    message: /update\.place\.set: .* holds a passcode/,
  },
  {
    name: "a meeting ID with non-breaking spaces pushed onto a list",
    query: `mutation { updateMeetings(where: { id: { eq: "${MEETING}" } }, update: { agenda: { push: ["Meeting ID: 312\u00a0456\u00a0789\u00a0012"] } }) { meetings { id } } }`,
    status: 200,
    code: "BAD_USER_INPUT",
    message: /update\.agenda\.push\[0\]: .* holds a meeting ID/,
  },
  {
    name: "a meeting ID written with &nbsp; in a forum's who",
    query:
      'mutation { createForums(input: [{ id: "attack-forum", name: "F", aliases: [], who: "Alle. Meeting ID: 312&nbsp;456&nbsp;789&nbsp;012", purpose: [], sources: [] }]) { forums { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.who: /,
  },
  {
    name: "a Zoom link in a nested meeting of a new forum",
    query:
      'mutation { createForums(input: [{ id: "attack-forum", name: "F", aliases: [], who: "Alle", purpose: [], sources: [], meetings: { create: [{ node: { id: "attack-forum-meeting", title: "M", date: "2025-03-10", text: "https://ntnu.zoom.us/j/81234567890?pwd=abcDEF123", agenda: [], sources: [] } }] } }]) { forums { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.meetings\.create\[0\]\.node\.text: .* holds a meeting link/,
  },
  {
    name: "a password in a data-quality note",
    query:
      'mutation { createDataQualityNotes(input: [{ id: "Meeting:x:1", subjectType: "Meeting", subjectId: "x", field: "text", original: "Password: aB3xYz", note: "n", sources: [] }]) { dataQualityNotes { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.original: .* holds a passcode/,
  },
  {
    name: "a data-quality note whose id has a line break",
    query:
      'mutation { createDataQualityNotes(input: [{ id: "Meeting:x:1\\nURL:y", subjectType: "Meeting", subjectId: "x", field: "text", original: "o", note: "n", sources: [] }]) { dataQualityNotes { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /input\[0\]\.id: .* expected one line of printable text/,
  },
  // Item 8: one bad record must not break a query for everyone.
  {
    name: "a deadline in month 13",
    query: deadline("attack-deadline", 13, 1),
    status: 200,
    code: "BAD_USER_INPUT",
    message: /^Deadline "attack-deadline": month 13 is not a month/,
  },
  {
    name: "a deadline on 29 February",
    query: deadline("attack-deadline", 2, 29),
    status: 200,
    code: "BAD_USER_INPUT",
    message: /29 February is not in every year/,
  },
  {
    name: "a deadline on 31 April",
    query: deadline("attack-deadline", 4, 31),
    status: 200,
    code: "BAD_USER_INPUT",
    message: /day 31 is not a day of April: expected 1 to 30/,
  },
  {
    name: "a deadline on day 0",
    query: deadline("attack-deadline", 4, 0),
    status: 200,
    code: "BAD_USER_INPUT",
    message: /day 0 is not a day of April/,
  },
  {
    name: "an update of a deadline's day alone to 31, in a month of 30 days",
    query:
      'mutation { updateDeadlines(where: { id: { eq: "vedtak-tilsagnsbrev" } }, update: { day: { set: 31 } }) { deadlines { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /^Deadline "vedtak-tilsagnsbrev": day 31 is not a day of April/,
  },
  {
    name: "a deadline nested in a new scheme, on 30 February",
    query:
      'mutation { createSchemes(input: [{ id: "attack-scheme", name: "Ny", sources: [], deadlines: { create: [{ node: { id: "attack-frist", name: "F", step: "F", sender: "S", month: 2, day: 30, recurrence: "yearly", setLocally: false, text: "F", dates: [], sources: [] } }] } }]) { schemes { id } } }',
    status: 200,
    code: "BAD_USER_INPUT",
    message: /^Deadline "attack-frist": day 30 is not a day of February/,
  },
  {
    name: "a meeting that ends the day before it starts",
    query: newMeeting('endDate: "2025-03-09",'),
    status: 200,
    code: "BAD_USER_INPUT",
    message: /^Meeting "attack-meeting": endDate 2025-03-09 is before date 2025-03-10\. Nothing was written\.$/,
  },
  {
    name: "a one-day meeting that ends before it starts",
    query: newMeeting('startTime: "12:00:00", endTime: "10:00:00",'),
    status: 200,
    code: "BAD_USER_INPUT",
    message:
      /^Meeting "attack-meeting": endTime 10:00 is not after startTime 12:00 on the one day of the meeting \(2025-03-10\)/,
  },
  {
    name: "an update that sets only the endDate, to before the stored date",
    query: `mutation { updateMeetings(where: { id: { eq: "${MEETING}" } }, update: { endDate: { set: "2024-09-19" } }) { meetings { id } } }`,
    status: 200,
    code: "BAD_USER_INPUT",
    message: new RegExp(`^Meeting "${MEETING}": endDate 2024-09-19 is before date 2024-09-20`),
  },
  {
    name: "an update that sets only the endTime, to before the stored startTime",
    query: `mutation { updateMeetings(where: { id: { eq: "${MEETING}" } }, update: { endTime: { set: "09:00:00" } }) { meetings { id } } }`,
    status: 200,
    code: "BAD_USER_INPUT",
    message: /endTime 09:00 is not after startTime 10:00/,
  },
];

async function send({ query, variables, as = "editor" }: Case) {
  const headers = as === "anonymous" ? {} : await bearer(as === "reader" ? ["reader"] : ["editor"]);
  return api.post({ query, ...(variables ? { variables } : {}) }, headers);
}

describe("hostile writes by an editor", () => {
  it.each(refusals)("$name: $status $code, and the graph is unchanged", async (row) => {
    const [count, before] = [await countGraph(graph.driver), await fingerprint()];
    const { status, body } = await send(row);
    expect(status).toBe(row.status);
    expect(body.errors?.length).toBeGreaterThan(0);
    if (row.code) expect(body.errors?.[0]?.extensions?.code).toBe(row.code);
    if (row.message) expect(body.errors?.[0]?.message).toMatch(row.message);
    if (row.rolledBack) {
      expect(body.errors?.at(-1)).toMatchObject({
        message: expect.stringMatching(row.rolledBack),
        extensions: { code: "ROLLED_BACK" },
      });
    }
    expect(body.data ?? null).toBeNull();
    expect(await countGraph(graph.driver)).toEqual(count);
    expect(await fingerprint()).toBe(before);
  });

  it("names the field that holds a passcode, and never repeats the passcode", async () => {
    const { body } = await send({
      name: "",
      query: newMeeting("").replace('text: "Samling"', 'text: "Passord: fRLixB"'),
      status: 200,
      code: "",
    });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", fields: ["input[0].text"] } });
    expect(JSON.stringify(body)).not.toContain("fRLixB");
  });

  it("asks who is writing before what: without the editor role, a bad id gets the refusal of the role", async () => {
    const query = deadline("Attack Deadline", 3, 1);
    const codes = [];
    for (const as of ["anonymous", "reader", "editor"] as const) {
      const { status, body } = await send({ name: "", query, as, status: 200, code: "" });
      codes.push([status, body.errors?.[0]?.extensions?.code]);
    }
    expect(codes).toEqual([
      [200, "UNAUTHENTICATED"],
      [200, "FORBIDDEN"],
      [200, "BAD_USER_INPUT"],
    ]);
  });
});

describe("valid writes still commit", () => {
  const ok = async (query: string) => {
    const { status, body } = await send({ name: "", query, status: 200, code: "" });
    expect([status, body.errors]).toEqual([200, undefined]);
    return body.data;
  };

  it("commits every root field of an operation together", async () => {
    const before = await countGraph(graph.driver);
    expect(await ok(`mutation { ${newScheme("a", "attack-scheme-a")} ${newScheme("b", "attack-scheme-b")} }`)).toEqual({
      a: { schemes: [{ id: "attack-scheme-a" }] },
      b: { schemes: [{ id: "attack-scheme-b" }] },
    });
    expect(await countGraph(graph.driver)).toEqual({ ...before, nodes: before.nodes + 2 });
  });

  it("commits a meeting over two days that ends at an earlier hour, and texts that only mention passwords", async () => {
    await ok(
      newMeeting(
        'endDate: "2025-03-11", startTime: "12:00:00", endTime: "10:00:00", place: "Passord og møte-ID sendes ut i innkallingen",',
      ),
    );
    const { records } = await graph.driver.executeQuery(
      "MATCH (m:Meeting {id: 'attack-meeting'}) RETURN m.place AS place",
      {},
      { database: testTarget().database },
    );
    expect(records[0]?.get("place")).toBe("Passord og møte-ID sendes ut i innkallingen");
  });

  it("commits a yearly deadline on 31 January, then refuses moving it to February by its month alone", async () => {
    await ok(deadline("attack-deadline", 1, 31));
    const { body } = await send({
      name: "",
      query:
        'mutation { updateDeadlines(where: { id: { eq: "attack-deadline" } }, update: { month: { set: 2 } }) { deadlines { id } } }',
      status: 200,
      code: "",
    });
    expect(body.errors?.[0]?.message).toBe(
      'Deadline "attack-deadline": day 31 is not a day of February: expected 1 to 28. Nothing was written.',
    );
    await ok(
      'mutation { updateDeadlines(where: { id: { eq: "attack-deadline" } }, update: { month: { set: 2 }, day: { set: 28 } }) { deadlines { month day } } }',
    );
  });

  it("lets an unrelated edit through beside a record that was already at odds, and names the record when it is touched", async () => {
    // Written before the rules existed, straight into the graph.
    await graph.driver.executeQuery(
      "CREATE (:Deadline {id: 'old-odd-deadline', name: 'Gammel', step: 'G', sender: 'S', month: 2, day: 30, recurrence: 'yearly', setLocally: false, text: 'G', dates: [], sources: []})",
      {},
      { database: testTarget().database },
    );
    await ok(
      'mutation { updateDeadlines(where: { id: { eq: "innstilling" } }, update: { text: { set: "Innstilling" } }) { deadlines { id } } }',
    );
    await ok(
      'mutation { updateDeadlines(where: { id: { eq: "old-odd-deadline" } }, update: { name: { set: "Gammel frist" } }) { deadlines { id } } }',
    );
    const { body } = await send({
      name: "",
      query:
        'mutation { updateDeadlines(where: { id: { eq: "old-odd-deadline" } }, update: { day: { set: 31 } }) { deadlines { id } } }',
      status: 200,
      code: "",
    });
    expect(body.errors?.[0]?.message).toMatch(/^Deadline "old-odd-deadline": day 31 is not a day of February/);
    await ok(
      'mutation { updateDeadlines(where: { id: { eq: "old-odd-deadline" } }, update: { day: { set: 28 } }) { deadlines { id } } }',
    );
  });
});

describe("an odd row already in a graph", () => {
  it("does not break upcomingDeadlines for everyone: 29 February is the 28th in other years, a row that is no date is left out", async () => {
    await graph.driver.executeQuery(
      `UNWIND $rows AS row CREATE (d:Deadline) SET d = row, d.step = 'S', d.sender = 'S', d.recurrence = 'yearly', d.setLocally = false, d.text = 'T', d.dates = [], d.sources = []`,
      {
        rows: [
          { id: "odd-leap-day", name: "Skuddårsfrist", month: neo4j.int(2), day: neo4j.int(29) },
          { id: "odd-month", name: "Måned 13", month: neo4j.int(13), day: neo4j.int(1) },
          { id: "odd-day", name: "31. april", month: neo4j.int(4), day: neo4j.int(31) },
          { id: "odd-text", name: "Tekst", month: "mars", day: neo4j.int(1) },
        ],
      },
      { database: testTarget().database },
    );
    const { status, body } = await api.post({
      query: '{ upcomingDeadlines(after: "2025-01-01") { date deadlineId } }',
    });
    expect([status, body.errors]).toEqual([200, undefined]);
    const ids = body.data.upcomingDeadlines.map((d: { deadlineId: string }) => d.deadlineId);
    expect(ids).not.toEqual(expect.arrayContaining(["odd-month"]));
    expect(ids.filter((id: string) => id.startsWith("odd-"))).toEqual(["odd-leap-day"]);
    expect(body.data.upcomingDeadlines.find((d: { deadlineId: string }) => d.deadlineId === "odd-leap-day").date).toBe(
      "2025-02-28",
    );
    const leap = await api.post({ query: '{ upcomingDeadlines(after: "2028-01-01") { date deadlineId } }' });
    expect(
      leap.body.data.upcomingDeadlines.find((d: { deadlineId: string }) => d.deadlineId === "odd-leap-day").date,
    ).toBe("2028-02-29");
  });
});

describe("the input walk", () => {
  it("reaches every create and update input, and treats no filter as written", async () => {
    const schema = await buildSchema(loadConfig({}).graphql);
    const written = writtenInputTypes(schema);
    const inputs = Object.keys(schema.getTypeMap()).filter((name) => /(?:CreateInput|UpdateInput)$/.test(name));
    expect(inputs.filter((name) => !written.has(name))).toEqual([]);
    const filterFields =
      /^(?:eq|in|contains|startsWith|endsWith|lt|lte|gt|gte|AND|OR|NOT|some|all|none|single|matches)$/;
    const filters = [...written].filter((name) => {
      const type = schema.getType(name);
      return type && "getFields" in type && Object.keys(type.getFields()).some((field) => filterFields.test(field));
    });
    expect(filters).toEqual([]);
  });
});
