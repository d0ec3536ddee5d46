import { NodeError, Prop, defineNode, type Item } from '@ainow/engine/sdk';
import { compareValues } from '../shared/compare-values';
import { getPath } from '../shared/field-path';
import { pairOf } from '../shared/pairing';

/**
 * Sorts items by one or more fields. Numbers (and numeric text) sort as numbers, ISO dates as
 * dates, other values as text; items missing a field go last in either order. Equal items keep
 * their input order (stable). Each item stays paired with its input position.
 *
 * @example
 * await runNode(sort, { props: { by: [{ field: 'score', order: 'desc' }] }, items });
 */
export const sort = defineNode({
  type: 'core.sort',
  version: 1,
  displayName: 'Sort',
  description: 'Sorts items by one or more fields',
  category: 'Data',
  icon: 'arrow-up-down',
  effect: 'read',
  props: {
    by: Prop.list({
      label: 'Sort by',
      help: 'The first field decides; later fields break ties',
      default: [],
      fields: {
        field: Prop.text({ label: 'Field', required: true, placeholder: 'score' }),
        order: Prop.options({
          label: 'Order',
          default: 'asc',
          options: [
            { value: 'asc', label: 'Ascending (A→Z, 0→9, oldest first)' },
            { value: 'desc', label: 'Descending (Z→A, 9→0, newest first)' },
          ],
        }),
      },
    }),
    ignoreCase: Prop.boolean({
      label: 'Ignore case',
      help: 'Sort "apple" and "Apple" together',
      default: false,
    }),
  },
  async run(ctx) {
    const keys = (ctx.props.by ?? []).map((row, i) => {
      const field = typeof row?.field === 'string' ? row.field.trim() : '';
      if (!field) throw new NodeError(`sort key ${i + 1} has no field; set one or remove the row`);
      return { field, direction: row.order === 'desc' ? -1 : 1 };
    });
    const options = { ignoreCase: ctx.props.ignoreCase === true };
    const rows = ctx.items.map((item, index) => ({
      item,
      index,
      values: keys.map((key) => getPath(item.json, key.field)),
    }));
    rows.sort((x, y) => {
      for (const [k, key] of keys.entries()) {
        const a = x.values[k];
        const b = y.values[k];
        const aMissing = a === undefined || a === null;
        const bMissing = b === undefined || b === null;
        if (aMissing || bMissing) {
          if (aMissing !== bMissing) return aMissing ? 1 : -1;
          continue;
        }
        const c = compareValues(a, b, options) ?? 0;
        if (c !== 0) return c * key.direction;
      }
      return 0;
    });
    return rows.map(({ item, index }): Item => ({ ...item, pairedItem: pairOf(index) }));
  },
});
