import type { Workflow } from '../workflow.schema';
import { childNodes } from './child-nodes';
import { walk } from './walk';

/**
 * Every node this node's output can reach (all descendants), nearest first; the node itself is
 * never included. The editor uses it to know what a re-run from here touches.
 *
 * @example
 * //   A ──▶ B ──▶ C
 * downstreamOf(workflow, 'A'); // ['B', 'C']
 */
export function downstreamOf(workflow: Pick<Workflow, 'connections'>, nodeId: string): string[] {
  return walk(nodeId, (id) => childNodes(workflow, id));
}
