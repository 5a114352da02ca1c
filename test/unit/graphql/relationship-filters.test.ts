// Which parts of a filter are relationship filters, walked over the public contract: the
// cost limit counts them and bounds how deep they nest (src/graphql/limits/cost.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, type GraphQLInputType } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/index.js";
import { relationshipFilters } from "../../../src/graphql/limits/relationship-filters.js";

const schema = buildSchema(readFileSync(path.join(projectRoot, "src", "generated", "schema.graphql"), "utf8"));
const type = (name: string) => schema.getType(name) as GraphQLInputType;
const none = { id: { eq: "x" } };

const cases: [what: string, input: string, value: unknown, count: number, deepest: string[]][] = [
  ["scalar filters and AND/OR/NOT", "NetworkWhere", { name: { eq: "x" }, AND: [none], OR: [none], NOT: none }, 0, []],
  ["some", "NetworkWhere", { members: { some: none } }, 1, ["members"]],
  ["all, none and single side by side", "NetworkWhere", { members: { all: none, none, single: none } }, 1, ["members"]],
  ["a single related object", "InitiativeWhere", { network: none }, 1, ["network"]],
  [
    "a connection filter on the node and on the edge's properties",
    "NetworkWhere",
    { supportersConnection: { some: { node: none, edge: { institution: { eq: "x" } } } } },
    1,
    ["supportersConnection"],
  ],
  [
    "an aggregate over a relationship",
    "NetworkWhere",
    { membersConnection: { aggregate: { count: { nodes: { gt: 3 } } } } },
    1,
    ["membersConnection"],
  ],
  [
    "through a union's member",
    "ForumWhere",
    { participants: { some: { Person: { supports: { some: none } } } } },
    2,
    ["participants", "supports"],
  ],
  [
    "nested inside AND, OR and NOT, beside a sibling",
    "NetworkWhere",
    {
      NOT: { members: { some: { AND: [{ networks: { none: { OR: [none] } } }], name: { eq: "x" } } } },
      supporters: { some: none },
    },
    3,
    ["members", "networks"],
  ],
  [
    "in a list of filters",
    "MeetingWhere",
    { OR: [{ forums: { some: none } }, { initiatives: { some: { network: none } } }] },
    3,
    ["initiatives", "network"],
  ],
  [
    "in a connection's own where",
    "NetworkSupportersConnectionWhere",
    { node: { supports: { some: none } } },
    1,
    ["supports"],
  ],
];

describe("relationship filters", () => {
  it.each(cases)("%s", (_, input, value, count, deepest) => {
    expect(relationshipFilters(schema, type(input), value, 3)).toEqual({ count, deepest });
  });

  it("looks no further than one level past the limit", () => {
    let deep: unknown = none;
    for (let level = 0; level < 1000; level++) deep = { [level % 2 ? "members" : "networks"]: { some: deep } };
    const found = relationshipFilters(schema, type("NetworkWhere"), deep, 3);
    expect(found).toEqual({ count: 4, deepest: ["members", "networks", "members", "networks"] });
  });
});
