import { defineTrigger, Prop, type WebhookRequest } from '@ainow/engine/sdk';
import { TokenMemory, verifyMailgunSignature } from './webhook-signature';

/**
 * Mailgun › Email events: receives Mailgun webhooks (delivered, failed, opened, clicked, …),
 * checks their HMAC signature with the credential's webhook signing key, and starts the
 * workflow with the event data as one item. Custom variables `v:ainow_*` are in `user-variables`.
 *
 * @example
 * { "type": "mailgun.emailEvents", "credentials": { "mailgun": "cred_1" } }
 */
interface SignedBody {
  signature?: { timestamp?: string; token?: string; signature?: string } | string;
  'event-data'?: Record<string, unknown>;
  timestamp?: string;
  token?: string;
}

function bodyOf(request: WebhookRequest): SignedBody {
  if (typeof request.body === 'object' && request.body !== null) return request.body as SignedBody;
  try {
    return JSON.parse(request.rawBody) as SignedBody;
  } catch {
    return {};
  }
}

// Per process: several workers each keep their own memory, which still stops most replays.
const seenTokens = new TokenMemory();

export const mailgunEmailEvents = defineTrigger({
  type: 'mailgun.emailEvents',
  version: 1,
  displayName: 'Mailgun: email events',
  description: 'Starts the workflow for each Mailgun event (delivered, failed, opened, clicked, ...).',
  category: 'Triggers',
  icon: 'mailgun',
  docsUrl: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/webhooks/',
  trigger: { kind: 'webhook' },
  credential: { type: 'mailgun', required: true },
  effect: 'read',
  props: {
    maxAgeSeconds: Prop.number({
      label: 'Reject posts older than (seconds)',
      default: 300,
      help: '0 turns the age check off.',
    }),
    rejectReusedTokens: Prop.boolean({ label: 'Reject replayed posts', default: true }),
  },
  outputSample: {
    event: 'delivered',
    timestamp: 1700000000.25,
    id: 'CPgfbmQMTCKtHW6uIWtuVe',
    recipient: 'ada@example.com',
    message: { headers: { 'message-id': '20240101120000.1.ABC@mg.acme.com' } },
    'user-variables': { ainow_run_id: 'run_1', ainow_item_index: '0' },
  },
  webhook: {
    verify(request, ctx) {
      const body = bodyOf(request);
      const sig = body.signature;
      // Legacy webhooks send the three fields at the top level of a form.
      const signed =
        typeof sig === 'object' ? sig : { timestamp: body.timestamp, token: body.token, signature: sig };
      return verifyMailgunSignature({
        signingKey: String(ctx.credential?.values.webhookSigningKey ?? ''),
        timestamp: signed.timestamp,
        token: signed.token,
        signature: signed.signature,
        maxAgeSeconds: Number(ctx.props.maxAgeSeconds ?? 300),
        seenTokens: ctx.props.rejectReusedTokens === false ? undefined : seenTokens,
      });
    },
    toItems(request) {
      const body = bodyOf(request);
      const eventData = body['event-data'] ?? (body as Record<string, unknown>);
      return [{ json: eventData }];
    },
  },
});
