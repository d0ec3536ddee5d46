import type { Workflow, WorkflowNode } from '../workflow.schema';
import type { ChangeResult, NodePatch, UpdateNodeChange } from './workflow-change';
import { WorkflowChangeError, requireNode } from './workflow-change-error';
import { replaceNode } from './replace-node';

/**
 * Sets node settings (credentials, onError, retry, disabled, notes, version...); a key set to
 * `undefined` removes the setting. Ids never change and names change through `renameNode`,
 * which also rewrites expressions.
 *
 * @example
 * updateNode(workflow, { type: 'updateNode', nodeId: 'verify', patch: { onError: 'route', credentials: { neverbounce: 'cred_8f2' } } });
 */
export function updateNode(workflow: Workflow, change: UpdateNodeChange): ChangeResult {
  const node = requireNode(workflow.nodes, change.nodeId, 'updateNode');
  for (const key of ['id', 'name'] as const) {
    if (key in change.patch) {
      throw new WorkflowChangeError(
        'invalid-change',
        `updateNode cannot change a node's ${key}; use renameNode for names`,
      );
    }
  }
  const next: Record<string, unknown> = { ...node };
  const undo: NodePatch = {};
  for (const [key, value] of Object.entries(change.patch)) {
    undo[key] = node[key];
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return {
    workflow: replaceNode(workflow, node, next as WorkflowNode),
    inverse: { type: 'updateNode', nodeId: node.id, patch: undo },
  };
}
