import type { Workflow } from '../workflow.schema';

/**
 * Ids of the nodes a node feeds directly, in connection order, each once. Give `port` to keep
 * only the connections leaving by that output port.
 *
 * @example
 * //        ┌─true──▶ B
 * //   A ───┤
 * //        └─false─▶ C
 * childNodes(workflow, 'A');         // ['B', 'C']
 * childNodes(workflow, 'A', 'true'); // ['B']
 */
export function childNodes(workflow: Pick<Workflow, 'connections'>, nodeId: string, port?: string): string[] {
  const out: string[] = [];
  for (const { from, to } of workflow.connections) {
    if (from.node === nodeId && (port === undefined || from.port === port) && !out.includes(to.node))
      out.push(to.node);
  }
  return out;
}
