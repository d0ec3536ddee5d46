import type { Workflow } from '../workflow.schema';

/**
 * Ids of the nodes wired directly into a node, in connection order, each once. Give `port` to
 * keep only the connections arriving at that input port.
 *
 * @example
 * //   A ──▶ C ◀── B
 * parentNodes(workflow, 'C'); // ['A', 'B']
 */
export function parentNodes(
  workflow: Pick<Workflow, 'connections'>,
  nodeId: string,
  port?: string,
): string[] {
  const out: string[] = [];
  for (const { from, to } of workflow.connections) {
    if (to.node === nodeId && (port === undefined || to.port === port) && !out.includes(from.node))
      out.push(from.node);
  }
  return out;
}
