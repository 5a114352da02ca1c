// Who may write is decided before any input is read, and every text a mutation writes has a
// length, checked before the secret filter (issue 24, item 1). Each row: who sends what, the
// answer, that the filter never saw what it should not, and that the graph stays as it was;
// a row with input that is slow to filter also asserts that /healthz kept answering meanwhile.
import { describe, expect, it, vi } from "vitest";
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from "../../src/graphql/write-inputs.js";
import { findSecrets } from "../../src/text/secrets.js";
import { useSeededGraph } from "../support/api.js";
import { countGraph } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, bearer } from "../support/tokens.js";

// The service runs in this process: every text the filter is given passes this spy.
vi.mock("../../src/text/secrets.js", async (original) => {
  const real = await original<typeof import("../../src/text/secrets.js")>();
  return { ...real, findSecrets: vi.fn(real.findSecrets) };
});

const graph = useSeededGraph();
const api = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });

/** The longest gap between two answers of /healthz, polled back to back while `request` runs. */
async function longestHealthzGap<T>(request: Promise<T>): Promise<{ answer: T; gapMs: number }> {
  let done = false;
  const answer = request.finally(() => {
    done = true;
  });
  let last = performance.now();
  let gapMs = 0;
  while (!done) {
    await fetch(new URL("/healthz", api.url()));
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }
  return { answer: await answer, gapMs };
}

/** Slow for the secret filter as it was: a passcode's label, then a long run of spaces (quadratic). */
const slowToFilter = (spaces: number) => `Passord${" ".repeat(spaces)}`;

const MEETING = `mutation ($id: ID!, $title: String!, $agenda: [String!]!) {
  createMeetings(input: [{ id: $id, title: $title, date: "2025-03-10", text: "Samling", agenda: $agenda, sources: [] }]) { meetings { id } }
}`;
const NOTE = `mutation ($id: ID!) {
  createDataQualityNotes(input: [{ id: $id, subjectType: "Meeting", subjectId: "x", field: "f", original: "o", note: "n", sources: [] }]) { dataQualityNotes { id } }
}`;
const meeting = (fields: { id?: string; title?: string; agenda?: string[] }) => ({
  query: MEETING,
  variables: { id: "write-order-meeting", title: "Samling", agenda: [], ...fields },
});

interface Case {
  name: string;
  body: { query: string; variables: Record<string, unknown> };
  as: "anonymous" | "reader" | "string roles" | "editor";
  code: string;
  message: string | RegExp;
  /** The filter is not called at all (true), or never with more than the text limit (false). */
  unfiltered: boolean;
  /** Input the filter as it was took seconds over: /healthz must keep answering. */
  slow?: boolean;
}

const headersOf = async (as: Case["as"]): Promise<Record<string, string>> =>
  as === "anonymous" ? {} : as === "reader" ? bearer(["reader"]) : as === "string roles" ? bearer("editor") : bearer();

// Nine texts of 9,000 spaces each: within the length limit, under the body limit, ~7 s for the filter as it was.
const NINE_SLOW_TEXTS = Array.from({ length: 9 }, () => slowToFilter(9_000));
const tooLong = MAX_TEXT_LENGTH + 1;

const cases: Case[] = [
  {
    name: "no token, texts slow to filter",
    body: meeting({ agenda: NINE_SLOW_TEXTS }),
    as: "anonymous",
    code: "UNAUTHENTICATED",
    message: "Changing the graph needs a token",
    unfiltered: true,
    slow: true,
  },
  {
    name: "a reader's token, texts slow to filter",
    body: meeting({ agenda: NINE_SLOW_TEXTS }),
    as: "reader",
    code: "FORBIDDEN",
    message: "Changing the graph needs a token with the editor role",
    unfiltered: true,
    slow: true,
  },
  {
    name: "a token whose roles are a string, a passcode",
    body: meeting({ title: "Passord: 8812ab" }),
    as: "string roles",
    code: "FORBIDDEN",
    message: /^Changing the graph needs a token with the editor role; the token's "roles" claim is the string "editor"/,
    unfiltered: true,
  },
  {
    name: "no token, a bad id and a text over the limit",
    body: meeting({ id: "Not An Id", title: "x".repeat(tooLong) }),
    as: "anonymous",
    code: "UNAUTHENTICATED",
    message: "Changing the graph needs a token",
    unfiltered: true,
  },
  {
    name: "an editor, a title one character over the limit",
    body: meeting({ title: "x".repeat(tooLong) }),
    as: "editor",
    code: "BAD_USER_INPUT",
    message: `createMeetings was refused, and nothing was written: input[0].title: ${tooLong} characters, more than the ${MAX_TEXT_LENGTH} a text may hold`,
    unfiltered: false,
  },
  {
    name: "an editor, an agenda item over the limit and slow to filter",
    body: meeting({ agenda: ["Velkommen", slowToFilter(20_000)] }),
    as: "editor",
    code: "BAD_USER_INPUT",
    message: `createMeetings was refused, and nothing was written: input[0].agenda[1]: 20007 characters, more than the ${MAX_TEXT_LENGTH} a text may hold`,
    unfiltered: false,
    slow: true,
  },
  {
    name: "an editor, an id over the limit",
    body: meeting({ id: "a".repeat(MAX_ID_LENGTH + 1) }),
    as: "editor",
    code: "BAD_USER_INPUT",
    message: `createMeetings was refused, and nothing was written: input[0].id: ${MAX_ID_LENGTH + 1} characters, more than the ${MAX_ID_LENGTH} an id may hold`,
    unfiltered: false,
  },
  {
    name: "an editor, a data-quality note's id over its limit",
    body: { query: NOTE, variables: { id: `Meeting:${"a".repeat(MAX_ID_LENGTH + 93)}` } },
    as: "editor",
    code: "BAD_USER_INPUT",
    message: `createDataQualityNotes was refused, and nothing was written: input[0].id: ${MAX_ID_LENGTH + 101} characters, more than the ${MAX_ID_LENGTH + 100} an id may hold`,
    unfiltered: false,
  },
];

describe("a mutation is refused before its input is read, and its texts are measured before they are filtered", () => {
  it.each(cases)("$name: $code", async ({ body, as, code, message, unfiltered, slow }) => {
    const before = await countGraph(graph.driver);
    const headers = await headersOf(as);
    vi.mocked(findSecrets).mockClear();
    const { answer, gapMs } = await longestHealthzGap(api.post(body, headers));
    expect(answer.status).toBe(200);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.body.errors?.[0]?.message).toMatch(message);
    const filtered = vi.mocked(findSecrets).mock.calls.map(([text]) => text);
    if (unfiltered) expect(filtered).toEqual([]);
    else expect(filtered.filter((text) => text.length > MAX_TEXT_LENGTH)).toEqual([]);
    if (slow) expect(gapMs).toBeLessThan(500);
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("writes a text and an id exactly at their limits", async () => {
    const editor = await bearer();
    const id = "a".repeat(MAX_ID_LENGTH);
    const created = await api.post(
      {
        query:
          "mutation ($id: ID!, $name: String!) { createSchemes(input: [{ id: $id, name: $name, sources: [] }]) { schemes { id } } }",
        variables: { id, name: "n".repeat(MAX_TEXT_LENGTH) },
      },
      editor,
    );
    expect(created.body).toEqual({ data: { createSchemes: { schemes: [{ id }] } } });
    const deleted = await api.post(
      {
        query: "mutation ($id: ID!) { deleteSchemes(where: { id: { eq: $id } }) { nodesDeleted } }",
        variables: { id },
      },
      editor,
    );
    expect(deleted.body).toEqual({ data: { deleteSchemes: { nodesDeleted: 1 } } });
  });
});
