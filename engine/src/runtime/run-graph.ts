import type { Connection, Workflow, WorkflowNode } from '../workflow/workflow.schema';
import type { AnyNodeDefinition } from '../sdk/node-definition';
import type { NodeRegistry } from '../sdk/node-registry';

/**
 * The shape of a workflow prepared for one run: node definitions looked up, edges indexed,
 * a deterministic order, and the loop bodies that run again on each Loop iteration.
 */
export interface GraphNode {
  node: WorkflowNode;
  def: AnyNodeDefinition;
  /** Position in the run order: topological, ties broken left to right, then top to bottom. */
  order: number;
  incoming: number[];
  outgoing: number[];
}

export class RunGraphError extends Error {}

export class RunGraph {
  readonly nodes = new Map<string, GraphNode>();
  readonly byName = new Map<string, string>();
  readonly edges: Connection[];
  /** Edge indexes that return into a Loop node from its body. */
  readonly backEdges = new Set<number>();
  /** Loop node id → ids of the nodes that run again on each iteration. */
  readonly loopBodies = new Map<string, Set<string>>();

  constructor(
    readonly workflow: Workflow,
    registry: NodeRegistry,
  ) {
    this.edges = workflow.connections;
    for (const node of workflow.nodes) {
      const def = registry.get(node.type, node.version);
      if (!def) {
        const versions = registry.versionsOf(node.type);
        throw new RunGraphError(
          versions.length
            ? `node '${node.name}' uses ${node.type} version ${node.version}; versions ${versions.join(', ')} exist`
            : `node '${node.name}' has unknown type ${node.type}; is the package that provides it loaded?`,
        );
      }
      this.nodes.set(node.id, { node, def, order: 0, incoming: [], outgoing: [] });
      this.byName.set(node.name, node.id);
    }
    this.edges.forEach((edge, index) => {
      const from = this.nodes.get(edge.from.node);
      const to = this.nodes.get(edge.to.node);
      if (!from || !to) {
        throw new RunGraphError(
          `connection ${index} joins '${edge.from.node}' to '${edge.to.node}', but one of them does not exist`,
        );
      }
      from.outgoing.push(index);
      to.incoming.push(index);
    });
    this.findLoopBodies();
    this.assignOrder();
  }

  get(id: string): GraphNode {
    const found = this.nodes.get(id);
    if (!found) throw new RunGraphError(`no node with id '${id}'`);
    return found;
  }

  isLoop(id: string): boolean {
    return this.loopBodies.has(id);
  }

  /** Every node reachable from `starts`, following all edges. */
  reachableFrom(starts: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const stack = [...starts];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const e of this.get(id).outgoing) stack.push(this.edges[e].to.node);
    }
    return seen;
  }

  /** `id` and every node it depends on (for "run up to this node"). */
  upstreamOf(id: string): Set<string> {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const e of this.get(current).incoming) stack.push(this.edges[e].from.node);
    }
    return seen;
  }

  private findLoopBodies(): void {
    for (const [id, { def }] of this.nodes) {
      if (!def.loop) continue;
      const body = new Set<string>();
      const stack = this.get(id)
        .outgoing.filter((e) => this.edges[e].from.port === def.loop!.port)
        .map((e) => this.edges[e].to.node);
      while (stack.length) {
        const current = stack.pop()!;
        if (current === id || body.has(current)) continue;
        body.add(current);
        for (const e of this.get(current).outgoing) stack.push(this.edges[e].to.node);
      }
      this.loopBodies.set(id, body);
      this.edges.forEach((edge, index) => {
        if (edge.to.node === id && body.has(edge.from.node)) this.backEdges.add(index);
      });
    }
  }

  private assignOrder(): void {
    const remaining = new Map<string, number>();
    for (const [id, g] of this.nodes)
      remaining.set(id, g.incoming.filter((e) => !this.backEdges.has(e)).length);
    const byPosition = (a: string, b: string) => {
      const pa = this.get(a).node.position;
      const pb = this.get(b).node.position;
      return pa.x - pb.x || pa.y - pb.y;
    };
    const ready = [...remaining].filter(([, n]) => n === 0).map(([id]) => id);
    let order = 0;
    while (ready.length) {
      ready.sort(byPosition);
      const id = ready.shift()!;
      this.get(id).order = order++;
      for (const e of this.get(id).outgoing) {
        if (this.backEdges.has(e)) continue;
        const to = this.edges[e].to.node;
        const left = remaining.get(to)! - 1;
        remaining.set(to, left);
        if (left === 0) ready.push(to);
      }
    }
    if (order < this.nodes.size) {
      const stuck = [...remaining].filter(([, n]) => n > 0).map(([id]) => `'${this.get(id).node.name}'`);
      throw new RunGraphError(
        `the workflow has a cycle through ${stuck.join(', ')}; only a Loop node may close a cycle`,
      );
    }
  }
}
