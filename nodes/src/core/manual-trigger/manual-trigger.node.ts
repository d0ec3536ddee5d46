import { defineTrigger } from '@ainow/engine/sdk';
import { passThrough } from '../shared/pairing';

/**
 * Starts a run by hand: from the editor's Run button, `POST /workflows/:id/run` or `ainow run`.
 * The run starts with one empty item unless the caller passes items; they pass through as they are.
 *
 * @example
 * await runNode(manualTrigger, { items: [{ json: {} }] }); // { main: [{ json: {}, pairedItem: { item: 0 } }] }
 */
export const manualTrigger = defineTrigger({
  type: 'core.manualTrigger',
  version: 1,
  displayName: 'Manual trigger',
  description: 'Starts the workflow when you click Run, call the run API or use `ainow run`',
  category: 'Triggers',
  icon: 'play',
  trigger: { kind: 'manual' },
  effect: 'read',
  props: {},
  outputSample: {},
  async run(ctx) {
    return passThrough(ctx.items);
  },
});
