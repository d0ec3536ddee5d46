import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';
import { pairOf } from '../shared/pairing';
import { append, byKey, byPosition, type Join, type Side } from './merge-items';

/**
 * Joins the items of inputs `a` and `b`. Modes: `append` (a then b), `byKey` (match a field of
 * a with a field of b; inner, left or outer join), `byPosition` (first with first, ...),
 * `chooseInput` (pass one input on; the other only decides when the node runs). Merged items are
 * paired with both sources: `[{ item, input: 'a' }, { item, input: 'b' }]`.
 *
 * @example
 * await runNode(merge, { props: { mode: 'byKey', keyA: 'email', keyB: 'email' }, inputs: { a, b } });
 */
export const merge = defineNode({
  type: 'core.merge',
  version: 1,
  displayName: 'Merge',
  description: 'Combines the items of two inputs: append, match by key, by position, or pick one input',
  category: 'Flow',
  icon: 'merge',
  effect: 'read',
  inputs: ['a', 'b'],
  props: {
    mode: Prop.options({
      label: 'Mode',
      default: 'append',
      options: [
        { value: 'append', label: 'Append', description: 'All items of a, then all items of b' },
        { value: 'byKey', label: 'Match by key', description: 'Join items whose key fields are equal' },
        {
          value: 'byPosition',
          label: 'By position',
          description: 'First with first, second with second, ...',
        },
        { value: 'chooseInput', label: 'Choose input', description: 'Output the items of one input only' },
      ],
    }),
    keyA: Prop.text({ label: 'Key field in a', placeholder: 'email', showIf: { mode: ['byKey'] } }),
    keyB: Prop.text({ label: 'Key field in b', placeholder: 'contact.email', showIf: { mode: ['byKey'] } }),
    join: Prop.options({
      label: 'Join',
      default: 'inner',
      showIf: { mode: ['byKey'] },
      options: [
        { value: 'inner', label: 'Only matches (inner)' },
        { value: 'left', label: 'Every item of a (left)' },
        { value: 'outer', label: 'Every item of both (outer)' },
      ],
    }),
    includeUnpaired: Prop.boolean({
      label: 'Keep unpaired items',
      help: 'When one input has more items, keep the extra ones instead of dropping them',
      default: false,
      showIf: { mode: ['byPosition'] },
    }),
    prefer: Prop.options({
      label: 'When both have a field, keep',
      default: 'b',
      showIf: { mode: ['byKey', 'byPosition'] },
      options: [
        { value: 'a', label: "a's value" },
        { value: 'b', label: "b's value" },
      ],
    }),
    input: Prop.options({
      label: 'Input to output',
      default: 'a',
      showIf: { mode: ['chooseInput'] },
      options: [
        { value: 'a', label: 'a' },
        { value: 'b', label: 'b' },
      ],
    }),
  },
  validate(props) {
    if (props.mode === 'byKey' && (!props.keyA || !props.keyB)) {
      return ['match by key needs both key fields (keyA and keyB)'];
    }
    return [];
  },
  async run(ctx) {
    const a = ctx.inputs.a ?? [];
    const b = ctx.inputs.b ?? [];
    const { mode, keyA, keyB, join, includeUnpaired, prefer, input } = ctx.props;
    const side: Side = prefer === 'a' ? 'a' : 'b';
    switch (mode ?? 'append') {
      case 'append':
        return append(a, b);
      case 'byPosition':
        return byPosition(a, b, includeUnpaired === true, side);
      case 'byKey':
        if (!keyA || !keyB)
          throw new NodeError(
            'Merge by key needs both key fields: set "Key field in a" and "Key field in b"',
          );
        return byKey(a, b, { keyA, keyB, join: (join ?? 'inner') as Join, prefer: side });
      case 'chooseInput': {
        const chosen = input === 'b' ? 'b' : 'a';
        return (chosen === 'a' ? a : b).map((item, i) => ({ ...item, pairedItem: pairOf(i, chosen) }));
      }
      default:
        throw new NodeError(
          `unknown merge mode '${String(mode)}'; use append, byKey, byPosition or chooseInput`,
        );
    }
  },
});
