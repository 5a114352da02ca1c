// Automatic persisted queries, and safelist mode: only the registered operations run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, print } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../src/config/index.js";
import { sha256 } from "../src/graphql/safelist.js";
import { ArshjulConflictsDocument } from "../web/src/generated/graphql.js";
import { useSeededGraph } from "./support/api.js";
import { useHttpService } from "./support/http.js";

useSeededGraph();
const open = useHttpService();
const safelisted = useHttpService({ GRAPHQL_SAFELIST: "true" });

// A registered operation, as a persisted-query client sends it: the printed document and its hash.
const partners = print(
  parse(readFileSync(path.join(projectRoot, "docs", "operations", "network-partners.graphql"), "utf8")),
);
const variables = { network: "trondelag-sorvest" };
const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const institutionsOf = (body: { data?: { networkPartners: { institutions: { institution: { name: string } }[] } } }) =>
  body.data?.networkPartners.institutions.map((i) => i.institution.name);

describe("automatic persisted queries", () => {
  it("register an operation sent with its hash, then run it from the hash alone", async () => {
    const query = '{ schemes(where: { id: { eq: "dekom" } }) { name } }';
    expect((await open.post({ ...persisted(sha256(query)), variables: {} })).body.errors?.[0]?.extensions?.code).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
    expect((await open.post({ query, ...persisted(sha256(query)) })).body).toEqual({
      data: { schemes: [{ name: "Dekom" }] },
    });
    expect((await open.post(persisted(sha256(query)))).body).toEqual({ data: { schemes: [{ name: "Dekom" }] } });
  });
});

describe("GRAPHQL_SAFELIST=true", () => {
  it("runs a registered operation sent by its hash alone, or as its text", async () => {
    const byHash = await safelisted.post({ ...persisted(sha256(partners)), variables });
    // Vedlegg 5, row Trøndelag sørvest: people from DMMH, Nord and NTNU support it.
    expect(institutionsOf(byHash.body)).toEqual(expect.arrayContaining(["DMMH", "Nord universitet", "NTNU"]));
    const byText = await safelisted.post({ query: partners, variables });
    expect(byText.body).toEqual(byHash.body);
  });

  it("runs the dashboard's operations as the dashboard sends them", async () => {
    // 004, Vedlegg 2: Samarbeidsforum meets 12.-13.03.25; 000: the PP working group that names DMMH meets 12.03.25.
    const march = await safelisted.post({
      query: String(ArshjulConflictsDocument),
      variables: { from: "2025-03-01", to: "2025-03-31" },
    });
    expect(march.body.errors).toBeUndefined();
    expect(march.body.data.possible.map((c: { institution: { name: string } | null }) => c.institution?.name)).toEqual([
      "DMMH",
    ]);
  });

  it("refuses any other operation before it runs, and learns none", async () => {
    const query = "{ people { name } }";
    const refused = await safelisted.post({ query });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_REGISTERED");
    expect((await safelisted.post({ query, ...persisted(sha256(query)) })).body.errors?.[0]?.extensions?.code).toBe(
      "OPERATION_NOT_REGISTERED",
    );
    expect((await safelisted.post(persisted(sha256(query)))).body.errors?.[0]?.extensions?.code).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
  });
});
