import type { PropDef, PropMap } from '../../sdk/props';
import { isPropShown } from '../parameters/is-prop-shown';
import { parametersWithDefaults } from '../parameters/parameters-with-defaults';
import type { WorkflowNode } from '../workflow.schema';
import type { CheckContext, WorkflowCheck } from './check-context';
import { problem, type Problem } from './problem';

/**
 * Required props have a value (an expression counts: it is known at run time), unless `showIf`
 * hides them given the other values; rows of a `list` prop have their required fields; then the
 * definition's own `validate` speaks. Disabled nodes are skipped: they only pass items through.
 *
 * @example
 * // -> "node 'Verify email' needs a value for 'Email' (email)"
 */
export const checkParameters: WorkflowCheck = (ctx) => {
  const problems: Problem[] = [];
  for (const node of ctx.workflow.nodes) {
    const def = ctx.definitionOf(node);
    if (!def || node.disabled) continue;
    const values = parametersWithDefaults(def.props, node.parameters);
    problems.push(...missingRequired(ctx, node, def.props, values, ['parameters']));
    for (const [name, prop] of Object.entries<PropDef>(def.props)) {
      const rows = values[name];
      if (prop.kind !== 'list' || !prop.fields || !Array.isArray(rows)) continue;
      rows.forEach((row, index) => {
        if (row === null || typeof row !== 'object') return;
        const rowValues = parametersWithDefaults(prop.fields!, row as Record<string, unknown>);
        problems.push(
          ...missingRequired(ctx, node, prop.fields!, rowValues, ['parameters', name, index], prop.label),
        );
      });
    }
    if (!def.validate) continue;
    let messages: string[];
    try {
      messages = def.validate(values);
    } catch (error) {
      messages = [`its parameters could not be checked (${(error as Error).message})`];
    }
    for (const message of messages) {
      problems.push(
        problem(
          'invalid-parameter',
          ctx.pathOf(node, 'parameters'),
          `node '${node.name}': ${message}`,
          node.id,
        ),
      );
    }
  }
  return problems;
};

function missingRequired(
  ctx: CheckContext,
  node: WorkflowNode,
  props: PropMap,
  values: Record<string, unknown>,
  at: PropertyKey[],
  listLabel?: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const [name, prop] of Object.entries<PropDef>(props)) {
    if (!prop.required || prop.default !== undefined || !isMissing(values[name])) continue;
    if (isPropShown(prop, values) !== 'shown') continue;
    const where = listLabel === undefined ? '' : ` in '${listLabel}' row ${Number(at[at.length - 1]) + 1}`;
    problems.push(
      problem(
        'missing-parameter',
        ctx.pathOf(node, ...at, name),
        `node '${node.name}' needs a value for '${prop.label}' (${name})${where}`,
        node.id,
      ),
    );
  }
  return problems;
}

function isMissing(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}
