import type { Workflow } from '../workflow.schema';
import { parentNodes } from './parent-nodes';
import { walk } from './walk';

/**
 * Every node whose output can reach this node (all ancestors), nearest first. The node itself
 * is never included, even inside a loop.
 *
 * @example
 * //   A ──▶ B ──▶ D
 * //   C ────────▶ D
 * upstreamOf(workflow, 'D'); // ['B', 'C', 'A']
 */
export function upstreamOf(workflow: Pick<Workflow, 'connections'>, nodeId: string): string[] {
  return walk(nodeId, (id) => parentNodes(workflow, id));
}
