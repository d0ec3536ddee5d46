import type { WorkflowCheck } from './check-context';
import { problem, type Problem } from './problem';

/**
 * Every node's `type` is registered, in the version the workflow pins.
 *
 * @example
 * // -> "node 'Verify email' uses neverbounce.verifyEmail version 3; versions 1, 2 exist"
 */
export const checkNodeTypes: WorkflowCheck = (ctx) => {
  const registry = ctx.registry;
  if (!registry) return [];
  const problems: Problem[] = [];
  for (const node of ctx.workflow.nodes) {
    if (registry.get(node.type, node.version)) continue;
    const versions = registry.versionsOf(node.type);
    if (versions.length === 0) {
      problems.push(
        problem(
          'unknown-node-type',
          ctx.pathOf(node, 'type'),
          `node '${node.name}' uses type '${node.type}', which is not installed; check the spelling or install the plugin that provides it`,
          node.id,
        ),
      );
    } else {
      const list =
        versions.length === 1 ? `version ${versions[0]} exists` : `versions ${versions.join(', ')} exist`;
      problems.push(
        problem(
          'unknown-node-version',
          ctx.pathOf(node, 'version'),
          `node '${node.name}' uses ${node.type} version ${node.version}; ${list}`,
          node.id,
        ),
      );
    }
  }
  return problems;
};
