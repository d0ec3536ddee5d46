import { defineTrigger, Prop } from '@ainow/engine/sdk';
import { publicUrlProp, twilioParams, verifyTwilioWebhook } from './twilio-webhook';

/**
 * Twilio › Message status: use this trigger's URL as the Status callback URL of the Send SMS
 * node. Each signed status change (sent, delivered, undelivered, failed, …) starts the workflow.
 *
 * @example
 * { "type": "twilio.messageStatus", "parameters": { "statuses": ["delivered", "undelivered", "failed"] } }
 */
const STATUSES = ['queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read', 'canceled'];

export const twilioMessageStatus = defineTrigger({
  type: 'twilio.messageStatus',
  version: 1,
  displayName: 'Twilio: message status',
  description: 'Starts the workflow when a sent message changes status (delivered, failed, ...).',
  category: 'Triggers',
  icon: 'twilio',
  docsUrl: 'https://www.twilio.com/docs/messaging/guides/track-outbound-message-status',
  trigger: { kind: 'webhook' },
  credential: { type: 'twilio', required: true },
  effect: 'read',
  props: {
    statuses: Prop.multiOptions({
      label: 'Only these statuses',
      help: 'Leave empty for every status change.',
      options: STATUSES.map((value) => ({ value, label: value })),
    }),
    publicUrl: publicUrlProp,
  },
  outputSample: {
    MessageSid: 'SM0123456789abcdef0123456789abcdef',
    MessageStatus: 'delivered',
    To: '+15558675310',
    From: '+15557122661',
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    ApiVersion: '2010-04-01',
  },
  webhook: {
    verify: verifyTwilioWebhook,
    toItems(request, ctx) {
      const params = twilioParams(request);
      const wanted = (ctx.props.statuses as string[] | undefined) ?? [];
      const status = String(params.MessageStatus ?? params.SmsStatus ?? '');
      return wanted.length === 0 || wanted.includes(status) ? [{ json: { ...params } }] : [];
    },
  },
});
