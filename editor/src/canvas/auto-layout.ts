import ELK from 'elkjs/lib/elk.bundled.js';
import type { Workflow } from '@ainow/engine/workflow';

/**
 * Positions for every node, laid out left to right in layers by elkjs (loaded lazily: this module
 * is its own chunk). Ports keep their order so that true stays above false.
 *
 * @example
 * const positions = await layoutWorkflow(workflow, new Map([['set', { width: 190, height: 72 }]]));
 */
export async function layoutWorkflow(
  workflow: Workflow,
  sizes: Map<string, { width: number; height: number }>,
): Promise<Map<string, { x: number; y: number }>> {
  const elk = new ELK();
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.spacing.nodeNode': '50',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: workflow.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? { width: 190, height: 72 }) })),
    edges: workflow.connections.map((c, i) => ({
      id: `e${i}`,
      sources: [c.from.node],
      targets: [c.to.node],
    })),
  });
  const out = new Map<string, { x: number; y: number }>();
  for (const child of graph.children ?? [])
    out.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  return out;
}
