import type { AbstractGraph } from "graphology-types";

interface Frame {
  node: string;
  parent: string | undefined;
  neighbours: string[];
  next: number;
}

/**
 * The cut vertices (articulation points) of a simple undirected graph: the nodes whose
 * removal splits their connected component. graphology has no such function, so this is
 * Tarjan's low-link depth-first search, iterative so that a long chain cannot overflow the stack.
 */
export function cutVertices(graph: AbstractGraph): Set<string> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const cut = new Set<string>();
  const visit = (node: string) => {
    order.set(node, order.size);
    low.set(node, order.size - 1);
  };
  for (const root of graph.nodes()) {
    if (order.has(root)) continue;
    visit(root);
    let rootChildren = 0;
    const stack: Frame[] = [{ node: root, parent: undefined, neighbours: graph.neighbors(root), next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.neighbours.length) {
        const neighbour = frame.neighbours[frame.next++]!;
        if (neighbour === frame.parent) continue;
        const seen = order.get(neighbour);
        if (seen !== undefined) {
          low.set(frame.node, Math.min(low.get(frame.node)!, seen));
          continue;
        }
        visit(neighbour);
        if (frame.node === root) rootChildren++;
        stack.push({ node: neighbour, parent: frame.node, neighbours: graph.neighbors(neighbour), next: 0 });
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      // Nothing below the child reaches above the parent: without the parent, the child's subtree is cut off.
      if (parent.node !== root && low.get(frame.node)! >= order.get(parent.node)!) cut.add(parent.node);
    }
    // The root of the search is a cut vertex when it holds two subtrees that only meet through it.
    if (rootChildren > 1) cut.add(root);
  }
  return cut;
}
