import type { WorkflowCheck } from './check-context';
import { problem, type Problem } from './problem';

/**
 * Node ids and names are unique: connections use ids, expressions use names.
 *
 * @example
 * // nodes: [{ id: 'a', name: 'Set' }, { id: 'a', name: 'Set' }]
 * // -> "node id 'a' is used by 2 nodes ('Set', 'Set'); give each node its own id"
 */
export const checkNodeIdentity: WorkflowCheck = (ctx) => {
  const problems: Problem[] = [];
  const firstById = new Map<string, string>();
  const firstByName = new Map<string, string>();
  for (const node of ctx.workflow.nodes) {
    const sameId = firstById.get(node.id);
    if (sameId !== undefined) {
      problems.push(
        problem(
          'duplicate-node-id',
          ctx.pathOf(node, 'id'),
          `node '${node.name}' has id '${node.id}', which node '${sameId}' already uses; give each node its own id`,
          node.id,
        ),
      );
    } else firstById.set(node.id, node.name);
    if (firstByName.has(node.name)) {
      problems.push(
        problem(
          'duplicate-node-name',
          ctx.pathOf(node, 'name'),
          `two nodes are named '${node.name}'; expressions find nodes by name, so rename one`,
          node.id,
        ),
      );
    } else firstByName.set(node.name, node.id);
  }
  return problems;
};
