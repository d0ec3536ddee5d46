import { Prop, defineNode, type Item } from '@ainow/engine/sdk';
import { fieldNames } from '../shared/field-list';
import { pairOf } from '../shared/pairing';
import { duplicateKey } from './duplicate-key';

/**
 * Drops items already seen, compared on chosen fields (or the whole item). Scope `run` remembers
 * items within one run (also across loop iterations); scope `workflow` remembers them across runs
 * in the node's state, keeping the most recent `historySize` keys. Kept items stay paired with
 * their input position.
 *
 * @example
 * await runNode(removeDuplicates, { props: { fields: [{ field: 'email' }], scope: 'workflow' }, items, state });
 */
const SEEN = 'seenKeys';
const DEFAULT_HISTORY = 10_000;

export const removeDuplicates = defineNode({
  type: 'core.removeDuplicates',
  version: 1,
  displayName: 'Remove duplicates',
  description: 'Drops items that were already seen in this run or in earlier runs',
  category: 'Data',
  icon: 'copy-minus',
  effect: 'read',
  props: {
    fields: Prop.list({
      label: 'Compare on fields',
      help: 'Leave empty to compare whole items. Items that lack every chosen field are always kept',
      default: [],
      fields: { field: Prop.text({ label: 'Field', required: true, placeholder: 'email' }) },
    }),
    scope: Prop.options({
      label: 'Remember items',
      default: 'run',
      options: [
        { value: 'run', label: 'Within this run' },
        {
          value: 'workflow',
          label: 'Across runs of this workflow',
          description: 'Never lets the same lead through twice',
        },
      ],
    }),
    ignoreCase: Prop.boolean({
      label: 'Ignore case',
      help: 'Treat Ada@x.co and ada@x.co as the same',
      default: false,
    }),
    historySize: Prop.number({
      label: 'Keys to remember',
      help: 'Across runs, how many of the most recent items to remember',
      default: DEFAULT_HISTORY,
      min: 1,
      showIf: { scope: ['workflow'] },
    }),
  },
  async run(ctx) {
    const fields = fieldNames(ctx.props.fields);
    const ignoreCase = ctx.props.ignoreCase === true;
    const acrossRuns = ctx.props.scope === 'workflow';
    const history = acrossRuns
      ? ((await ctx.state.get<string[]>(SEEN)) ?? [])
      : ((ctx.runState.get(SEEN) as string[]) ?? []);
    const seen = new Set(history);
    const added: string[] = [];
    const kept: Item[] = [];
    ctx.items.forEach((item, i) => {
      const key = duplicateKey(item, fields, ignoreCase);
      if (key !== undefined) {
        if (seen.has(key)) return;
        seen.add(key);
        added.push(key);
      }
      kept.push({ ...item, pairedItem: pairOf(i) });
    });
    if (acrossRuns) {
      const max = Math.max(
        1,
        Math.floor(Number(ctx.props.historySize ?? DEFAULT_HISTORY)) || DEFAULT_HISTORY,
      );
      if (added.length > 0) await ctx.state.set(SEEN, [...history, ...added].slice(-max));
    } else {
      ctx.runState.set(SEEN, [...history, ...added]);
    }
    if (kept.length < ctx.items.length)
      ctx.logger.info(`removed ${ctx.items.length - kept.length} duplicate items`);
    return kept;
  },
});
