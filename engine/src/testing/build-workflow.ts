import { workflowSchema, type Workflow } from '../workflow/workflow.schema';

/** `[id, type, parameters?, extra node fields?]`; the node's name is its id. */
export type NodeSpec = [
  id: string,
  type: string,
  parameters?: Record<string, unknown>,
  extra?: Record<string, unknown>,
];

/**
 * Builds a workflow for tests from a compact spec: nodes laid out left to right in the order
 * given, connections written `'a -> b'`, `'if:true -> b'` or `'a -> merge:b'` (ports default to
 * `main`).
 *
 * @example
 * const wf = buildWorkflow([['start', 'core.manualTrigger'], ['set', 'core.set', { fields: [] }]], ['start -> set']);
 */
export function buildWorkflow(
  nodes: NodeSpec[],
  connections: string[],
  extra: Partial<Workflow> = {},
): Workflow {
  return workflowSchema.parse({
    schemaVersion: 1,
    name: 'test',
    nodes: nodes.map(([id, type, parameters = {}, more = {}], i) => ({
      id,
      name: id,
      type,
      version: 1,
      position: { x: i * 200, y: 0 },
      parameters,
      ...more,
    })),
    connections: connections.map((edge) => {
      const [from, to] = edge.split('->').map((s) => s.trim());
      const [fromNode, fromPort = 'main'] = from.split(':');
      const [toNode, toPort = 'main'] = to.split(':');
      return { from: { node: fromNode, port: fromPort }, to: { node: toNode, port: toPort } };
    }),
    ...extra,
  });
}
