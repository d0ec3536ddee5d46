import { defineTrigger, Prop, type Item, type WebhookRequest } from '@ainow/engine/sdk';
import { verifyEventWebhookSignature } from './event-webhook-signature';

/**
 * SendGrid › Email events: receives the Event Webhook (delivered, open, click, bounce, …) and
 * starts the workflow with one item per event. Custom args such as `ainow_run_id` come back as
 * top-level fields of each event.
 *
 * @example
 * { "type": "sendgrid.emailEvents", "parameters": { "publicKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE..." } }
 */
function header(request: WebhookRequest, name: string): string | undefined {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : request.headers[key];
}

function events(request: WebhookRequest): unknown[] {
  const body =
    typeof request.body === 'string' || request.body === undefined
      ? JSON.parse(request.rawBody || '[]')
      : request.body;
  return Array.isArray(body) ? body : [body];
}

export const sendGridEmailEvents = defineTrigger({
  type: 'sendgrid.emailEvents',
  version: 1,
  displayName: 'SendGrid: email events',
  description: 'Starts the workflow for each SendGrid event (delivered, opened, clicked, bounced, ...).',
  category: 'Triggers',
  icon: 'sendgrid',
  docsUrl: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event',
  trigger: { kind: 'webhook' },
  effect: 'read',
  props: {
    publicKey: Prop.text({
      label: 'Verification key',
      required: true,
      help: 'The public key shown under Settings → Mail Settings → Signed Event Webhook.',
    }),
    eventTypes: Prop.multiOptions({
      label: 'Only these events',
      help: 'Leave empty for every event.',
      options: [
        'processed',
        'dropped',
        'delivered',
        'deferred',
        'bounce',
        'open',
        'click',
        'spamreport',
        'unsubscribe',
        'group_unsubscribe',
        'group_resubscribe',
      ].map((value) => ({ value, label: value })),
    }),
    maxAgeSeconds: Prop.number({
      label: 'Reject posts older than (seconds)',
      default: 0,
      help: '0 turns the age check off.',
    }),
  },
  outputSample: {
    email: 'ada@example.com',
    event: 'delivered',
    timestamp: 1700000000,
    sg_event_id: 'ZGVsaXZlcmVk',
    sg_message_id: 'W9eDq0q6RS2uGwYzGWXBVw.filterdrecv-1',
    category: ['outreach'],
    ainow_run_id: 'run_1',
    ainow_item_index: '0',
  },
  webhook: {
    verify(request, ctx) {
      return verifyEventWebhookSignature({
        publicKey: String(ctx.props.publicKey ?? ''),
        signature: header(request, 'x-twilio-email-event-webhook-signature'),
        timestamp: header(request, 'x-twilio-email-event-webhook-timestamp'),
        rawBody: request.rawBody,
        maxAgeSeconds: Number(ctx.props.maxAgeSeconds ?? 0),
      });
    },
    toItems(request, ctx): Item[] {
      const wanted = (ctx.props.eventTypes as string[] | undefined) ?? [];
      return events(request)
        .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
        .filter((e) => wanted.length === 0 || wanted.includes(String(e.event)))
        .map((json) => ({ json }));
    },
  },
});
