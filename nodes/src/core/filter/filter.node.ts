import { defineNode } from '@ainow/engine/sdk';
import { conditionProps } from '../shared/condition-props';
import { itemMatches } from '../shared/conditions';
import { pairedWith } from '../shared/pairing';

/**
 * Keeps the items that meet the conditions; the others are dropped.
 *
 * @example
 * await runNode(filter, { propsPerItem: [{ conditions: [{ left: 5, op: 'gt', right: 3 }] }], items });
 */
export const filter = defineNode({
  type: 'core.filter',
  version: 1,
  displayName: 'Filter',
  description: 'Keeps only the items that meet the conditions',
  category: 'Flow',
  icon: 'filter',
  effect: 'read',
  props: conditionProps(),
  async run(ctx) {
    return ctx.items.flatMap((item, i) => (itemMatches(ctx.propsFor(i), i) ? [pairedWith(item, i)] : []));
  },
});
