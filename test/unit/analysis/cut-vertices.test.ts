// A tiny graph drawn by hand, whose cut vertices are read off the drawing:
//
//   hub - l1, hub - l2, hub - l3          a star, searched from its hub: the hub is cut
//   p1 - p2 - p3                          a path, searched from an end: p2 is cut
//   a - b - c - a,  c - d,  d - e - f - d,  f - g
//                                         two triangles joined by the bridge c-d, g hanging off f:
//                                         c, d and f are cut; a, b, e, g are not
//   x - y,  lonely                        an edge and a lone node: nothing is cut
import { UndirectedGraph } from "graphology";
import { expect, it } from "vitest";
import { cutVertices } from "../../../src/analysis/cut-vertices.js";

function graphOf(edges: [string, string][], lone: string[] = []): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [a, b] of edges) graph.mergeEdge(a, b);
  for (const node of lone) graph.addNode(node);
  return graph;
}

it("finds the nodes whose removal splits their part of the graph", () => {
  const graph = graphOf(
    [
      ["hub", "l1"],
      ["hub", "l2"],
      ["hub", "l3"],
      ["p1", "p2"],
      ["p2", "p3"],
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
      ["c", "d"],
      ["d", "e"],
      ["e", "f"],
      ["f", "d"],
      ["f", "g"],
      ["x", "y"],
    ],
    ["lonely"],
  );
  expect([...cutVertices(graph)].sort()).toEqual(["c", "d", "f", "hub", "p2"]);
});

it("finds none in a cycle, however it is entered", () => {
  expect(
    cutVertices(
      graphOf([
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "a"],
      ]),
    ).size,
  ).toBe(0);
  expect(
    cutVertices(
      graphOf([
        ["c", "d"],
        ["b", "c"],
        ["a", "b"],
        ["d", "a"],
      ]),
    ).size,
  ).toBe(0);
});
