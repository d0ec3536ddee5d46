import type { Connection, Workflow } from '../workflow.schema';

export interface FindCyclesOptions {
  /** Connections to leave out, e.g. the ones leaving a Loop node by its `loop` port. */
  skip?: (connection: Connection) => boolean;
}

/**
 * Finds the cycles of a workflow's graph: one cycle (node ids in order, first node first, not
 * repeated at the end) for each group of nodes that can reach each other, plus each node wired to
 * itself. Cycles are ordered by where their first node appears in `nodes`. Connections to ids
 * that do not exist are ignored.
 *
 * @example
 * //   A ──▶ B ──▶ C
 * //   ▲           │
 * //   └───────────┘
 * findCycles(workflow); // [['A', 'B', 'C']]
 */
export function findCycles(
  workflow: Pick<Workflow, 'nodes' | 'connections'>,
  options: FindCyclesOptions = {},
): string[][] {
  const order = new Map(workflow.nodes.map((node, index) => [node.id, index] as const));
  const edges = new Map<string, string[]>();
  for (const connection of workflow.connections) {
    const { node: from } = connection.from;
    const { node: to } = connection.to;
    if (!order.has(from) || !order.has(to) || options.skip?.(connection)) continue;
    const list = edges.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    edges.set(from, list);
  }
  for (const list of edges.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);

  const cycles: string[][] = [];
  for (const component of stronglyConnected([...order.keys()], edges)) {
    const start = component.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
    if (component.length === 1 && !edges.get(start)?.includes(start)) continue;
    cycles.push(shortestCycle(start, new Set(component), edges));
  }
  return cycles.sort((a, b) => order.get(a[0])! - order.get(b[0])!);
}

/** Tarjan's algorithm: groups of nodes that can all reach each other. */
function stronglyConnected(ids: string[], edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
    for (const next of edges.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!));
    }
    if (low.get(id) !== index.get(id)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== id);
    groups.push(group);
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return groups;
}

/** Breadth-first inside one group: the shortest way from `start` back to itself. */
function shortestCycle(start: string, group: Set<string>, edges: Map<string, string[]>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of edges.get(id) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [id];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, id);
        queue.push(next);
      }
    }
  }
  return [start];
}
