import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';
import { pairOf } from '../shared/pairing';

/**
 * Keeps at most `max` items, from the start or the end. Items stay paired with their input position.
 *
 * @example
 * await runNode(limit, { props: { max: 2, from: 'last' }, items }); // the last two items
 */
export const limit = defineNode({
  type: 'core.limit',
  version: 1,
  displayName: 'Limit',
  description: 'Keeps only the first or last N items',
  category: 'Data',
  icon: 'list-end',
  effect: 'read',
  props: {
    max: Prop.number({ label: 'Max items', default: 1, min: 0, required: true }),
    from: Prop.options({
      label: 'Keep',
      default: 'first',
      options: [
        { value: 'first', label: 'The first items' },
        { value: 'last', label: 'The last items' },
      ],
    }),
  },
  async run(ctx) {
    const max = Number(ctx.props.max);
    if (!Number.isInteger(max) || max < 0) {
      throw new NodeError(`Max items must be a whole number of 0 or more (got ${String(ctx.props.max)})`);
    }
    const start = ctx.props.from === 'last' ? Math.max(0, ctx.items.length - max) : 0;
    return ctx.items.slice(start, start + max).map((item, i) => ({ ...item, pairedItem: pairOf(start + i) }));
  },
});
