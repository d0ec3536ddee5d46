import { NodeError, Prop, defineNode, toItems, type Item, type PairedItem } from '@ainow/engine/sdk';
import { pairOf, pairedWithAll } from '../shared/pairing';

/**
 * Runs JavaScript in an isolate (time and memory limited, no require, network or file system).
 * Mode `all`: the code sees `items` and returns a list of items or plain objects. Mode `each`:
 * the code sees `item` (and `$json`) and returns one item or object, once per input item.
 * `console.log` output goes to the step's log.
 *
 * Pairing: items that the code paired itself (`pairedItem`) keep it; otherwise output item i is
 * paired with input item i when the counts match, with the only input item when there is one,
 * and with every input item otherwise.
 *
 * @example
 * { "type": "core.code", "parameters": { "mode": "all", "code": "return items.filter(i => i.json.score > 50);" } }
 */
export const DEFAULT_CODE = `// "items" holds every input item: { json, binary? }.
// Return a list of items or plain objects.
return items.map((item) => ({ json: { ...item.json } }));
`;

export const code = defineNode({
  type: 'core.code',
  version: 1,
  displayName: 'Code',
  description: 'Runs JavaScript over the items',
  category: 'Code',
  icon: 'code',
  effect: 'read',
  props: {
    mode: Prop.options({
      label: 'Mode',
      default: 'all',
      options: [
        { value: 'all', label: 'Once for all items', description: '`items` in, items out' },
        { value: 'each', label: 'Once for each item', description: '`item` in, one item out' },
      ],
    }),
    code: Prop.code({
      label: 'JavaScript',
      help: 'No require, network or file access. Use console.log to write to the run log',
      required: true,
      default: DEFAULT_CODE,
    }),
  },
  async run(ctx) {
    const source = ctx.props.code;
    if (typeof source !== 'string' || !source.trim())
      throw new NodeError('the Code node has no code; write some JavaScript');
    const mode = ctx.props.mode === 'each' ? 'each' : 'all';
    const result = await ctx.runCode({ code: source, mode, items: ctx.items });
    for (const line of result.logs ?? []) ctx.logger.info(line);
    if (!Array.isArray(result.items)) {
      throw new NodeError(
        `the code must return ${mode === 'all' ? 'a list of items' : 'an item'}; it returned something else`,
      );
    }
    const out = toItems(result.items);
    return out.map((item, i): Item => ({
      ...item,
      pairedItem: item.pairedItem ?? pairingFor(i, out.length, ctx.items.length),
    }));
  },
});

function pairingFor(index: number, outCount: number, inCount: number): PairedItem | PairedItem[] {
  if (outCount === inCount) return pairOf(index);
  if (inCount === 1) return pairOf(0);
  return pairedWithAll(inCount);
}
