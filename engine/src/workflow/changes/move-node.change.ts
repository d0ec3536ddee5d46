import type { Workflow } from '../workflow.schema';
import type { ChangeResult, MoveNodeChange } from './workflow-change';
import { requireNode } from './workflow-change-error';
import { replaceNode } from './replace-node';

/**
 * Moves a node on the canvas.
 *
 * @example
 * moveNode(workflow, { type: 'moveNode', nodeId: 'verify', position: { x: 240, y: 80 } });
 */
export function moveNode(workflow: Workflow, change: MoveNodeChange): ChangeResult {
  const node = requireNode(workflow.nodes, change.nodeId, 'moveNode');
  return {
    workflow: replaceNode(workflow, node, { ...node, position: { ...change.position } }),
    inverse: { type: 'moveNode', nodeId: node.id, position: node.position },
  };
}
