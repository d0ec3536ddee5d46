import { workflowSchema, type Workflow } from '@ainow/engine/workflow';

type NodeSpec = [
  id: string,
  type: string,
  parameters?: Record<string, unknown>,
  extra?: Record<string, unknown>,
];

/**
 * Builds a workflow from a compact spec: nodes as `[id, type, params]` (names = ids, laid out
 * left to right in the given order) and edges as `'a -> b'`, `'a:true -> b'`, `'a -> m:b'`.
 */
export function buildWorkflow(nodes: NodeSpec[], edges: string[], extra: Partial<Workflow> = {}): Workflow {
  return workflowSchema.parse({
    schemaVersion: 1,
    name: 'test',
    nodes: nodes.map(([id, type, parameters = {}, more = {}], i) => ({
      id,
      name: id,
      type,
      version: 1,
      position: { x: i * 100, y: 0 },
      parameters,
      ...more,
    })),
    connections: edges.map((edge) => {
      const [from, to] = edge.split('->').map((s) => s.trim());
      const [fromNode, fromPort = 'main'] = from.split(':');
      const [toNode, toPort = 'main'] = to.split(':');
      return { from: { node: fromNode, port: fromPort }, to: { node: toNode, port: toPort } };
    }),
    ...extra,
  });
}
