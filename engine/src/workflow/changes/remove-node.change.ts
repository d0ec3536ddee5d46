import type { Workflow } from '../workflow.schema';
import type { ChangeResult, ConnectChange, RemoveNodeChange } from './workflow-change';
import { requireNode } from './workflow-change-error';

/**
 * Removes a node, every connection to or from it, and its pinned data. The inverse puts all of
 * them back where they were.
 *
 * @example
 * //   before: a ──▶ b ──▶ c      after: a    c
 * removeNode(workflow, { type: 'removeNode', nodeId: 'b' });
 */
export function removeNode(workflow: Workflow, change: RemoveNodeChange): ChangeResult {
  const node = requireNode(workflow.nodes, change.nodeId, 'removeNode');
  const index = workflow.nodes.indexOf(node);
  const restore: ConnectChange[] = [];
  const connections = workflow.connections.filter((connection, at) => {
    const touches = connection.from.node === node.id || connection.to.node === node.id;
    if (touches) restore.push({ type: 'connect', connection, index: at });
    return !touches;
  });
  const next: Workflow = { ...workflow, nodes: workflow.nodes.filter((n) => n !== node), connections };
  const pinned = workflow.pinData?.[node.id];
  if (workflow.pinData && pinned !== undefined) {
    const { [node.id]: _removed, ...rest } = workflow.pinData;
    next.pinData = rest;
  }
  return {
    workflow: next,
    inverse: {
      type: 'batch',
      changes: [
        { type: 'addNode', node, index, ...(pinned !== undefined ? { pinData: pinned } : {}) },
        ...restore,
      ],
    },
  };
}
