import { Prop, defineNode } from '@ainow/engine/sdk';
import { passThrough } from '../shared/pairing';
import { buildWebhookResponse, type RespondToWebhookProps } from './webhook-response';

/**
 * Answers the webhook call that started the run (the Webhook trigger's `responseMode` must be
 * `respondNode`). Items pass through unchanged, so the flow can go on after answering.
 *
 * Contract with the server: when a step of this node succeeds, the server answers the waiting
 * request with `buildWebhookResponse(step parameters evaluated for item 0, step input items)`.
 * The node builds the same response itself, so a bad status or body fails the step (and the
 * run's error handling) instead of the HTTP answer.
 *
 * @example
 * { "type": "core.respondToWebhook", "parameters": { "status": 201, "respondWith": "json", "body": "{{ { id: $json.id } }}" } }
 */
export const respondToWebhook = defineNode({
  type: 'core.respondToWebhook',
  version: 1,
  displayName: 'Respond to webhook',
  description: 'Sends the answer to the request that started the workflow',
  category: 'Flow',
  icon: 'reply',
  effect: 'read',
  props: {
    respondWith: Prop.options({
      label: 'Respond with',
      default: 'json',
      options: [
        { value: 'json', label: 'JSON', description: 'The body below, as JSON' },
        { value: 'text', label: 'Text', description: 'The body below, as text' },
        { value: 'firstItem', label: 'First incoming item' },
        { value: 'allItems', label: 'All incoming items', description: 'A JSON array' },
        { value: 'noData', label: 'No body' },
      ],
    }),
    status: Prop.number({ label: 'Status code', default: 200, min: 100, max: 599 }),
    headers: Prop.keyValue({ label: 'Headers', default: {} }),
    body: Prop.json({
      label: 'Body',
      placeholder: '{ "ok": true }',
      showIf: { respondWith: ['json', 'text'] },
    }),
  },
  async run(ctx) {
    const response = buildWebhookResponse(ctx.props as RespondToWebhookProps, ctx.items);
    ctx.respond(response);
    ctx.logger.info(`webhook answered with status ${response.status}`);
    return passThrough(ctx.items);
  },
});
