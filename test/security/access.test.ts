import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { countGraph } from "../support/database.js";
import { useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, signToken } from "../support/tokens.js";

const graph = useSeededGraph();
const api = useHttpService({ JWT_SECRET: TEST_JWT_SECRET });

const token = signToken;

const CREATE = {
  query: 'mutation { createSchemes(input: [{ id: "test-scheme", name: "Test", sources: [] }]) { schemes { id } } }',
};
const READ = { query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' };

describe("writing needs an editor's token; reading does not", () => {
  it.each([
    ["no token", async () => ({}), 200, "UNAUTHENTICATED", "Changing the graph needs a token"],
    [
      "an expired token",
      async () => ({ authorization: `Bearer ${await token({ roles: ["editor"] }, { expiresIn: "-1m" })}` }),
      401,
      "UNAUTHENTICATED",
      "Not authenticated: the token has expired",
    ],
    [
      "a token with a wrong signature",
      async () => ({
        authorization: `Bearer ${await token({ roles: ["editor"] }, { secret: "another-secret-that-is-also-long-enough" })}`,
      }),
      401,
      "UNAUTHENTICATED",
      "Not authenticated: the token's signature is not valid",
    ],
    [
      "a header that is not a bearer token",
      async () => ({ authorization: "Basic dXNlcjpwYXNz" }),
      401,
      "UNAUTHENTICATED",
      'The Authorization header is not of the form "Bearer <token>"',
    ],
    [
      "a reader's token",
      async () => ({ authorization: `Bearer ${await token({ roles: ["reader"] })}` }),
      200,
      "FORBIDDEN",
      "Changing the graph needs a token with the editor role",
    ],
  ])("refuses a mutation with %s, and writes nothing", async (_case, headers, status, code, message) => {
    const before = await countGraph(graph.driver);
    const response = await api.post(CREATE, await headers());
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]).toMatchObject({ message, extensions: { code } });
    expect(await countGraph(graph.driver)).toEqual(before);
  });

  it("lets anyone read without a token", async () => {
    expect((await api.post(READ)).body).toEqual({ data: { schemes: [{ name: "Rekom" }] } });
  });

  it("lets an editor create and delete", async () => {
    const editor = { authorization: `Bearer ${await token({ roles: ["editor"] })}` };
    const created = await api.post(CREATE, editor);
    expect(created.body).toEqual({ data: { createSchemes: { schemes: [{ id: "test-scheme" }] } } });
    const deleted = await api.post(
      { query: 'mutation { deleteSchemes(where: { id: { eq: "test-scheme" } }) { nodesDeleted } }' },
      editor,
    );
    expect(deleted.body).toEqual({ data: { deleteSchemes: { nodesDeleted: 1 } } });
  });
});

describe("removing a person", () => {
  it("removes the person and every relationship of theirs, and nothing else", async () => {
    const editor = { authorization: `Bearer ${await token({ roles: ["editor"] })}` };
    const before = await countGraph(graph.driver);
    // Mona Reitan Rosenlund: supports Indre Namdal and Innherred, member of the working group, affiliated to Nord.
    const response = await api.post(
      {
        query:
          'mutation { deletePeople(where: { id: { eq: "mona-reitan-rosenlund" } }) { nodesDeleted relationshipsDeleted } }',
      },
      editor,
    );
    expect(response.body).toEqual({ data: { deletePeople: { nodesDeleted: 1, relationshipsDeleted: 4 } } });
    expect(await countGraph(graph.driver)).toEqual({
      nodes: before.nodes - 1,
      relationships: before.relationships - 4,
    });
    const left = await api.post({
      query:
        '{ people(where: { name: { contains: "Rosenlund" } }) { id } workingGroups { membersConnection { totalCount } } }',
    });
    expect(left.body).toEqual({ data: { people: [], workingGroups: [{ membersConnection: { totalCount: 6 } }] } });
  });
});
