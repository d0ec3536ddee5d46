import type { Problem, Workflow } from '@ainow/engine/workflow';

/**
 * Nodes that name a credential id this server does not have (a template's placeholder such as
 * `cred_apollo`, or a deleted credential): warnings on the node, like a credential not chosen yet.
 *
 * @example
 * missingCredentialProblems(workflow, new Set(['c1']));
 * // [{ code: 'missing-credential', path: '$.nodes[1].credentials.apollo', message: "node 'Find leads' uses an apollo credential ..." }]
 */
export function missingCredentialProblems(workflow: Workflow, known: ReadonlySet<string> | null): Problem[] {
  if (!known) return [];
  const problems: Problem[] = [];
  workflow.nodes.forEach((node, index) => {
    if (node.disabled) return;
    for (const [type, id] of Object.entries(node.credentials ?? {})) {
      if (!id || known.has(id)) continue;
      problems.push({
        code: 'missing-credential',
        severity: 'warning',
        nodeId: node.id,
        path: `$.nodes[${index}].credentials.${type}`,
        message: `node '${node.name}' uses a ${type} credential '${id}' that does not exist on this server; choose or create one`,
      });
    }
  });
  return problems;
}
