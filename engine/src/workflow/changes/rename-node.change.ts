import { renameNodeReferences } from '../parameters/rename-node-references';
import type { Workflow } from '../workflow.schema';
import { noChange, type ChangeResult, type RenameNodeChange } from './workflow-change';
import { WorkflowChangeError, requireNode } from './workflow-change-error';

/**
 * Renames a node and rewrites the expressions that name it (`$('Old')`, `$("Old")`,
 * `$node["Old"]`) in the parameters of every node, its own included. Names are unique.
 *
 * @example
 * //   Verify email ──▶ Is valid?  {{ $('Verify email').item.json.result }}
 * renameNode(workflow, { type: 'renameNode', nodeId: 'verify', name: 'Check email' });
 * //   Check email  ──▶ Is valid?  {{ $('Check email').item.json.result }}
 */
export function renameNode(workflow: Workflow, change: RenameNodeChange): ChangeResult {
  const node = requireNode(workflow.nodes, change.nodeId, 'renameNode');
  const name = change.name.trim();
  if (name === '')
    throw new WorkflowChangeError(
      'invalid-change',
      `renameNode: '${node.name}' needs a name that is not empty`,
    );
  if (name === node.name) return { workflow, inverse: noChange() };
  const other = workflow.nodes.find((candidate) => candidate.name === name);
  if (other) {
    throw new WorkflowChangeError(
      'duplicate-node-name',
      `cannot rename '${node.name}' to '${name}': another node has that name`,
    );
  }
  const nodes = workflow.nodes.map((candidate) => {
    const parameters = renameNodeReferences(candidate.parameters, node.name, name);
    if (candidate === node) return { ...candidate, name, parameters };
    return parameters === candidate.parameters ? candidate : { ...candidate, parameters };
  });
  return {
    workflow: { ...workflow, nodes },
    inverse: { type: 'renameNode', nodeId: node.id, name: node.name },
  };
}
