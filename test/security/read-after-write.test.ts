// A read after a write through the same instance never sees the old answer, on every write
// path (issue 24, item 8): each row is a write path, written and read back many times in a
// row, through the response cache. The version is read every 2 ms, so that a read of it is
// nearly always under way when a write commits: the race the old code lost now and then.
import { describe, expect, it } from "vitest";
import { useSeededGraph } from "../support/api.js";
import { useHttpService } from "../support/http.js";
import { TEST_JWT_SECRET, bearer } from "../support/tokens.js";

const ITERATIONS = 50;

useSeededGraph();
const service = useHttpService({ JWT_SECRET: TEST_JWT_SECRET, CACHE_VERSION_POLL_MS: "2" });
const origin = () => service.url().replace(/\/graphql$/, "");

/** Fosen's members as a membership table lists them: two or three of its municipalities. */
const membership = (count: 2 | 3) =>
  Buffer.from(
    ["Nettverk;Kommune;Kommunenummer", "Fosen;Indre Fosen;5054", "Fosen;Ørland;5057", "Fosen;Åfjord;5058"]
      .slice(0, count + 1)
      .join("\n"),
  );

async function importMembership(count: 2 | 3, headers: Record<string, string>): Promise<boolean> {
  const form = new FormData();
  form.append("file", new Blob([membership(count)]), "fosen.csv");
  const preview = (await (await fetch(`${origin()}/import`, { method: "POST", body: form, headers })).json()) as {
    preview: { id: string; fingerprint: string };
  };
  const response = await fetch(`${origin()}/import/${preview.preview.id}/commit`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ fingerprint: preview.preview.fingerprint }),
  });
  return ((await response.json()) as { written?: boolean }).written === true;
}

const fosenMembers = async (): Promise<number> =>
  (await service.post({ query: '{ networks(where: { id: { eq: "fosen" } }) { membersConnection { totalCount } } }' }))
    .body.data.networks[0].membersConnection.totalCount;

const rekomName = async (): Promise<string> =>
  (await service.post({ query: '{ schemes(where: { id: { eq: "rekom" } }) { name } }' })).body.data.schemes[0].name;

const paths: {
  name: string;
  write(i: number, headers: Record<string, string>): Promise<unknown>;
  read(): Promise<unknown>;
}[] = [
  {
    name: "an upload's commit",
    write: async (i, headers) => {
      expect(await importMembership(i % 2 === 0 ? 3 : 2, headers)).toBe(true);
      return i % 2 === 0 ? 3 : 2;
    },
    read: fosenMembers,
  },
  {
    name: "a mutation",
    write: async (i, headers) => {
      const name = `Rekom ${i}`;
      const { body } = await service.post(
        {
          query:
            'mutation ($name: String!) { updateSchemes(where: { id: { eq: "rekom" } }, update: { name: { set: $name } }) { schemes { name } } }',
          variables: { name },
        },
        headers,
      );
      expect(body.errors).toBeUndefined();
      return name;
    },
    read: rekomName,
  },
];

describe("a read after a write through the same instance", () => {
  it.each(paths)(`$name, then a read, ${ITERATIONS} times: never the old answer`, async ({ write, read }) => {
    const headers = await bearer();
    const stale: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      // Cached under the version before the write.
      await read();
      const written = await write(i, headers);
      if ((await read()) !== written) stale.push(i);
    }
    expect(stale).toEqual([]);
  });
});
