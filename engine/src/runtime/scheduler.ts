import type { Item, PortItems } from '../workflow/item';
import type { RunGraph } from './run-graph';
import type { InputSegment, StepRecord } from './step-record';

interface Delivery {
  step: number;
  items: Item[];
}

/**
 * Decides which nodes are ready (DESIGN.md section 3). A node is ready when every connection into
 * it from a node that takes part in this run has delivered, items or none. A Loop node first waits
 * for its entry connections, then for its body to come back. Pure bookkeeping: no I/O.
 */
export class Scheduler {
  private readonly settled = new Map<number, Delivery>();
  private readonly done = new Set<string>();
  private readonly finishedLoops = new Set<string>();
  /** Loop nodes between their first call and `done`: they wait for their body, not their entry. */
  private readonly iterating = new Set<string>();
  readonly runCounts = new Map<string, number>();

  constructor(
    private readonly graph: RunGraph,
    readonly active: Set<string>,
    readonly starts: string[],
  ) {}

  private relevantEdges(id: string): number[] {
    const g = this.graph.get(id);
    const from = g.incoming.filter((e) => this.active.has(this.graph.edges[e].from.node));
    if (!this.graph.isLoop(id)) return from;
    const waitingForBody = this.iterating.has(id);
    return from.filter((e) => this.graph.backEdges.has(e) === waitingForBody);
  }

  /** Ready node ids, in run order. */
  ready(): string[] {
    const ready: string[] = [];
    for (const id of this.active) {
      if (this.done.has(id) || this.finishedLoops.has(id)) continue;
      const runs = this.runCounts.get(id) ?? 0;
      if (this.starts.includes(id) && runs === 0) {
        ready.push(id);
        continue;
      }
      const edges = this.relevantEdges(id);
      if (edges.length === 0) {
        const body = this.graph.loopBodies.get(id);
        if (
          this.iterating.has(id) &&
          body &&
          [...body].every((b) => !this.active.has(b) || this.done.has(b))
        ) {
          ready.push(id);
        }
        continue;
      }
      if (edges.every((e) => this.settled.has(e))) ready.push(id);
    }
    return ready.sort((a, b) => this.graph.get(a).order - this.graph.get(b).order);
  }

  /** The items that reached `id`, per input port, with where they came from. */
  inputsOf(id: string): { items: PortItems; segments: Record<string, InputSegment[]> } {
    const items: PortItems = {};
    const segments: Record<string, InputSegment[]> = {};
    for (const e of this.relevantEdges(id).sort((a, b) => a - b)) {
      const edge = this.graph.edges[e];
      const delivery = this.settled.get(e);
      const port = edge.to.port;
      const list = (items[port] ??= []);
      segments[port] ??= [];
      if (!delivery || delivery.items.length === 0) continue;
      for (const item of delivery.items) list.push(item);
      segments[port].push({
        step: delivery.step,
        nodeId: edge.from.node,
        port: edge.from.port,
        count: delivery.items.length,
      });
    }
    return { items, segments };
  }

  /** Marks a node skipped: every connection out of it delivers nothing. */
  skip(id: string): void {
    this.done.add(id);
    if (this.graph.isLoop(id)) this.finishedLoops.add(id);
    for (const e of this.graph.get(id).outgoing) this.settled.set(e, { step: -1, items: [] });
  }

  /** Records a finished step and delivers its output. */
  apply(id: string, step: StepRecord): void {
    this.runCounts.set(id, (this.runCounts.get(id) ?? 0) + 1);
    const g = this.graph.get(id);
    const loopPort = g.def.loop?.port;
    const iterating = loopPort !== undefined && (step.output[loopPort]?.length ?? 0) > 0;
    for (const e of g.outgoing) {
      const port = this.graph.edges[e].from.port;
      if (iterating && port !== loopPort) continue;
      this.settled.set(e, { step: step.index, items: step.output[port] ?? [] });
    }
    if (!iterating) {
      this.done.add(id);
      this.iterating.delete(id);
      if (loopPort !== undefined) this.finishedLoops.add(id);
      return;
    }
    this.iterating.add(id);
    for (const bodyId of this.graph.loopBodies.get(id) ?? []) {
      this.done.delete(bodyId);
      this.finishedLoops.delete(bodyId);
      this.iterating.delete(bodyId);
      for (const e of this.graph.get(bodyId).outgoing) this.settled.delete(e);
    }
  }

  /** True while a Loop node waits for its body to come back. */
  isIterating(id: string): boolean {
    return this.iterating.has(id);
  }

  runIndexOf(id: string): number {
    return this.runCounts.get(id) ?? 0;
  }
}
