import type { RunGraph } from './run-graph';
import type { RunOptions } from './run-options';

/**
 * Where a run starts: the named node; else the workflow's trigger (a manual trigger for manual
 * runs, otherwise the first trigger in run order); else every node with nothing flowing into it.
 */
export function startNodesOf(graph: RunGraph, options: RunOptions): string[] {
  if (options.startNodeId) {
    graph.get(options.startNodeId);
    return [options.startNodeId];
  }
  const byOrder = [...graph.nodes.values()].sort((a, b) => a.order - b.order);
  const triggers = byOrder.filter((g) => g.def.trigger);
  if (triggers.length) {
    const manual = triggers.find((g) => g.def.trigger?.kind === 'manual');
    const interactive = ['manual', 'cli', 'test'].includes(options.mode ?? 'manual');
    return [(interactive && manual ? manual : triggers[0]).node.id];
  }
  return byOrder.filter((g) => g.incoming.length === 0).map((g) => g.node.id);
}
