import type { WorkflowCheck } from './check-context';
import { problem, type Problem } from './problem';

/**
 * `node.credentials` maps a credential type name to a credential id. A node's credential must
 * be of the type its definition names (an error); a required credential that is not chosen yet is
 * a warning, so that templates and sandbox runs can go ahead; a credential the node does not use
 * is a warning too. Disabled nodes are skipped.
 *
 * @example
 * // -> "node 'Verify email' has no neverbounce credential yet; choose one before running"
 */
export const checkCredentials: WorkflowCheck = (ctx) => {
  const problems: Problem[] = [];
  for (const node of ctx.workflow.nodes) {
    const def = ctx.definitionOf(node);
    if (!def || node.disabled) continue;
    const wanted = def.credential?.type;
    const chosen = Object.entries(node.credentials ?? {});
    const hasWanted = chosen.some(([type, id]) => type === wanted && id !== '');
    const others = chosen.filter(([type]) => type !== wanted).map(([type]) => type);
    for (const type of others) {
      const path = ctx.pathOf(node, 'credentials', type);
      if (wanted !== undefined && !hasWanted) {
        const message = `node '${node.name}' has a ${type} credential but needs a ${wanted} credential; choose a ${wanted} credential`;
        problems.push(problem('wrong-credential-type', path, message, node.id));
      } else {
        const why = wanted === undefined ? 'uses no credential' : `uses a ${wanted} credential`;
        const message = `node '${node.name}' ${why}, so its ${type} credential is ignored; remove it`;
        problems.push(problem('unused-credential', path, message, node.id));
      }
    }
    if (wanted !== undefined && !hasWanted && others.length === 0 && def.credential?.required !== false) {
      const message = `node '${node.name}' has no ${wanted} credential yet; choose one before running`;
      problems.push(problem('missing-credential', ctx.pathOf(node, 'credentials'), message, node.id));
    }
  }
  return problems;
};
