import { NodeError, Prop, defineNode, toItems, type Item } from '@ainow/engine/sdk';
import { pairOf, pairedWithAll } from '../shared/pairing';

/**
 * Runs another workflow with the current items and outputs what it returned (the items of its
 * last node). Mode `all` calls it once with every item; `each` once per item, so each result is
 * paired with the item it came from.
 *
 * Pairing in mode `all`: result i is paired with input i when the counts match, with the only
 * input when there is one, else with every input.
 *
 * @example
 * { "type": "core.executeWorkflow", "parameters": { "source": "id", "workflowId": "wf_enrich" } }
 */
export const executeWorkflow = defineNode({
  type: 'core.executeWorkflow',
  version: 1,
  displayName: 'Execute workflow',
  description: 'Runs another workflow with these items and returns its result',
  category: 'Flow',
  icon: 'workflow',
  effect: 'read',
  props: {
    source: Prop.options({
      label: 'Workflow from',
      default: 'id',
      options: [
        { value: 'id', label: 'A saved workflow' },
        { value: 'file', label: 'A workflow file', description: 'Where the runtime allows files (CLI runs)' },
      ],
    }),
    workflowId: Prop.text({
      label: 'Workflow ID',
      placeholder: 'wf_enrich_lead',
      showIf: { source: ['id'] },
    }),
    file: Prop.text({
      label: 'Workflow file',
      placeholder: './enrich.workflow.json',
      showIf: { source: ['file'] },
    }),
    mode: Prop.options({
      label: 'Run',
      default: 'all',
      options: [
        { value: 'all', label: 'Once with all items' },
        { value: 'each', label: 'Once for each item' },
      ],
    }),
  },
  validate(props) {
    const fromFile = props.source === 'file' || (!props.workflowId && Boolean(props.file));
    if (fromFile ? !props.file : !props.workflowId) return ['choose the workflow to run (an ID or a file)'];
    return [];
  },
  async run(ctx) {
    const { source, workflowId, file, mode } = ctx.props;
    const ref =
      source === 'file' || (!workflowId && file)
        ? { file: file?.trim() }
        : { workflowId: workflowId?.trim() };
    if (!ref.file && !ref.workflowId) {
      throw new NodeError('choose the workflow to run: set a workflow ID (or a file for CLI runs)');
    }
    if (mode === 'each') {
      const out: Item[] = [];
      for (const [i, item] of ctx.items.entries()) {
        const result = toItems(await ctx.executeWorkflow(ref, [item]));
        out.push(...result.map((r) => ({ ...r, pairedItem: pairOf(i) })));
      }
      return out;
    }
    const result = toItems(await ctx.executeWorkflow(ref, ctx.items));
    return result.map((item, i) => ({
      ...item,
      pairedItem:
        result.length === ctx.items.length
          ? pairOf(i)
          : ctx.items.length === 1
            ? pairOf(0)
            : pairedWithAll(ctx.items.length),
    }));
  },
});
