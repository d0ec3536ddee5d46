import type { Workflow } from '../workflow.schema';

/**
 * A node name not yet used in the workflow: `base` itself, else `base 2`, `base 3`... (a
 * trailing number on `base` is replaced, so copying `Set 2` gives `Set 3`).
 *
 * @example
 * uniqueNodeName(workflow, 'Set'); // 'Set 2' when 'Set' exists
 */
export function uniqueNodeName(workflow: Pick<Workflow, 'nodes'>, base: string): string {
  const taken = new Set(workflow.nodes.map((node) => node.name));
  if (!taken.has(base)) return base;
  const stem = base.replace(/ \d+$/, '');
  for (let n = 2; ; n++) if (!taken.has(`${stem} ${n}`)) return `${stem} ${n}`;
}
