import { Prop, defineNode, type Item } from '@ainow/engine/sdk';
import { combineProp, ignoreCaseProp } from '../shared/condition-props';
import { itemMatches } from '../shared/conditions';
import { pairedWith } from '../shared/pairing';
import { FALLBACK_PORT, ruleNames, switchPorts, validateRuleNames } from './switch-ports';

/**
 * Routes each item by rules: one output port per rule (named after it) and `fallback` for items
 * no rule matched. By default an item leaves by the first matching rule only; with `allMatches`
 * it leaves by every rule it matches.
 *
 * @example
 * await runNode(switchNode, {
 *   props: { rules: [{ name: 'hot', conditions: [{ left: 90, op: 'gte', right: 80 }] }], fallback: true },
 *   items: [{ json: {} }],
 * }); // { hot: [item 0], fallback: [] }
 */
export const switchNode = defineNode({
  type: 'core.switch',
  version: 1,
  displayName: 'Switch',
  description: 'Routes items to one of several outputs by rules',
  category: 'Flow',
  icon: 'split',
  effect: 'read',
  outputs: switchPorts,
  validate: validateRuleNames,
  props: {
    rules: Prop.list({
      label: 'Rules',
      help: 'Checked in order; each rule gets its own output, named after the rule',
      default: [],
      fields: {
        name: Prop.text({ label: 'Output name', required: true, placeholder: 'hot lead' }),
        conditions: Prop.conditions({ label: 'Conditions', default: [] }),
        combine: combineProp(),
      },
    }),
    fallback: Prop.boolean({
      label: 'Fallback output',
      help: 'Send items that match no rule to a "fallback" output instead of dropping them',
      default: true,
    }),
    allMatches: Prop.boolean({
      label: 'Send to every matching rule',
      help: 'Off: an item leaves by the first rule it matches. On: by every rule it matches',
      default: false,
    }),
    ignoreCase: ignoreCaseProp(),
  },
  async run(ctx) {
    const ports = ruleNames(ctx.props.rules);
    const out: Record<string, Item[]> = Object.fromEntries(switchPorts(ctx.props).map((port) => [port, []]));
    ctx.items.forEach((item, i) => {
      const props = ctx.propsFor(i);
      let matched = false;
      for (const [r, rule] of (props.rules ?? []).entries()) {
        const group = { ...rule, ignoreCase: props.ignoreCase };
        if (!itemMatches(group, i, `rule '${ports[r]}'`)) continue;
        out[ports[r]].push(pairedWith(item, i));
        matched = true;
        if (!props.allMatches) break;
      }
      if (!matched && props.fallback !== false) out[FALLBACK_PORT].push(pairedWith(item, i));
    });
    return out;
  },
});
