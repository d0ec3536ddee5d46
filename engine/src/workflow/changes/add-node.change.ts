import { workflowNodeSchema, type Workflow } from '../workflow.schema';
import type { AddNodeChange, ChangeResult } from './workflow-change';
import { WorkflowChangeError } from './workflow-change-error';

/**
 * Adds a node. Its id and name must be new (see `uniqueNodeName`); `position` and `parameters`
 * default to `{ x: 0, y: 0 }` and `{}`.
 *
 * @example
 * //   before: t          after: t   s
 * addNode(workflow, { type: 'addNode', node: { id: 's', name: 'Set', type: 'core.set', version: 1 } });
 */
export function addNode(workflow: Workflow, change: AddNodeChange): ChangeResult {
  const node = workflowNodeSchema.parse(change.node);
  for (const other of workflow.nodes) {
    if (other.id === node.id) {
      throw new WorkflowChangeError(
        'duplicate-node-id',
        `cannot add node '${node.name}': id '${node.id}' is already used by '${other.name}'`,
      );
    }
    if (other.name === node.name) {
      throw new WorkflowChangeError(
        'duplicate-node-name',
        `cannot add node '${node.name}': another node has that name; pick another one`,
      );
    }
  }
  const nodes = [...workflow.nodes];
  nodes.splice(change.index ?? nodes.length, 0, node);
  const next: Workflow = { ...workflow, nodes };
  if (change.pinData !== undefined) next.pinData = { ...workflow.pinData, [node.id]: change.pinData };
  return { workflow: next, inverse: { type: 'removeNode', nodeId: node.id } };
}
