import { Prop, defineNode, type Item } from '@ainow/engine/sdk';
import { pairOf } from '../shared/pairing';

/**
 * Loop over items in batches. The `loop` port feeds the loop body; the body's last node connects
 * back into this node. When every batch has been through the body, all the items the body
 * returned leave by `done`.
 *
 * Protocol (with the runtime): the first call brings the entry items; each later call brings what
 * the body returned. State lives in `ctx.runState`, private to this node within the run, and is
 * cleared after `done` so the node can be entered again (e.g. inside an outer loop).
 *
 * Pairing (the runtime follows `pairedItem` into the step's own input ports): on the first call,
 * `loop` items are paired with their position in the main input (the entry items). Later calls'
 * input is the body's output, so their `loop` items say `{ item: <entry position>, input: 'entry' }`
 * and `done` items `{ item: <position among everything the body returned>, input: 'processed' }`
 * (plain main pairing when all of them arrived in this call). A runtime that records the first
 * loop step's main segments as `entry` and the later steps' main segments as `processed` resolves
 * these exactly; one that does not finds no item rather than a wrong one.
 *
 * @example
 * // 5 items, batchSize 2: loop [0,1] → loop [2,3] → loop [4] → done [all 5 body results]
 */
interface LoopState {
  entry: Item[];
  next: number;
  processed: Item[];
}

/** Pseudo input ports for pairing across loop steps (see above). */
export const LOOP_ENTRY_INPUT = 'entry';
export const LOOP_PROCESSED_INPUT = 'processed';

const STATE = 'loop';

export const loop = defineNode({
  type: 'core.loop',
  version: 1,
  displayName: 'Loop over items',
  description: 'Sends items through the loop body in batches, then outputs everything on done',
  category: 'Flow',
  icon: 'repeat',
  effect: 'read',
  outputs: ['loop', 'done'],
  loop: { port: 'loop' },
  props: {
    batchSize: Prop.number({
      label: 'Batch size',
      help: 'How many items go through the loop body at a time',
      default: 10,
      min: 1,
    }),
  },
  validate(props) {
    const size = props.batchSize;
    if (typeof size === 'string' && size.includes('{{')) return [];
    return size === undefined || (Number.isInteger(size) && (size as number) >= 1)
      ? []
      : [`batch size must be a whole number of at least 1 (got ${String(size)})`];
  },
  async run(ctx) {
    const batchSize = Math.max(1, Math.floor(Number(ctx.props.batchSize ?? 10)) || 1);
    let state = ctx.runState.get(STATE) as LoopState | undefined;
    const firstCall = !state;
    if (!state) {
      state = { entry: ctx.items, next: 0, processed: [] };
      ctx.runState.set(STATE, state);
    } else {
      state.processed.push(...ctx.items);
    }
    if (state.next < state.entry.length) {
      const start = state.next;
      const batch = state.entry.slice(start, start + batchSize);
      state.next = start + batch.length;
      const input = firstCall ? undefined : LOOP_ENTRY_INPUT;
      return { loop: batch.map((item, i) => ({ ...item, pairedItem: pairOf(start + i, input) })), done: [] };
    }
    ctx.runState.delete(STATE);
    const arrivedNow = state.processed.length === ctx.items.length;
    const input = arrivedNow ? undefined : LOOP_PROCESSED_INPUT;
    return { loop: [], done: state.processed.map((item, i) => ({ ...item, pairedItem: pairOf(i, input) })) };
  },
});
