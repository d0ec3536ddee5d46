import { defineNode } from '@ainow/engine/sdk';
import { passThrough } from '../shared/pairing';

/**
 * Does nothing: items pass through unchanged. Useful as a junction or a named checkpoint.
 *
 * @example
 * await runNode(noop, { items }); // the same items, paired by position
 */
export const noop = defineNode({
  type: 'core.noop',
  version: 1,
  displayName: 'No operation',
  description: 'Passes items through unchanged; a place to join branches or mark a point in the flow',
  category: 'Utility',
  icon: 'arrow-right',
  effect: 'read',
  props: {},
  async run(ctx) {
    return passThrough(ctx.items);
  },
});
