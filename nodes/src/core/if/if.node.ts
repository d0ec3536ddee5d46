import { defineNode, type Item } from '@ainow/engine/sdk';
import { conditionProps } from '../shared/condition-props';
import { itemMatches } from '../shared/conditions';
import { pairedWith } from '../shared/pairing';

/**
 * Sends each item to `true` or `false` by its conditions (evaluated for that item).
 *
 * @example
 * await runNode(ifNode, {
 *   propsPerItem: [{ conditions: [{ left: 'valid', op: 'equals', right: 'valid' }] }],
 *   items: [{ json: {} }],
 * }); // { true: [item 0], false: [] }
 */
export const ifNode = defineNode({
  type: 'core.if',
  version: 1,
  displayName: 'IF',
  description: 'Routes each item to true or false depending on conditions',
  category: 'Flow',
  icon: 'git-branch',
  effect: 'read',
  outputs: ['true', 'false'],
  props: conditionProps(),
  async run(ctx) {
    const out: Record<'true' | 'false', Item[]> = { true: [], false: [] };
    ctx.items.forEach((item, i) => {
      out[itemMatches(ctx.propsFor(i), i) ? 'true' : 'false'].push(pairedWith(item, i));
    });
    return out;
  },
});
