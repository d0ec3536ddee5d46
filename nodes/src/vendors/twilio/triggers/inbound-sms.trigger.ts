import { defineTrigger } from '@ainow/engine/sdk';
import { publicUrlProp, twilioParams, verifyTwilioWebhook } from './twilio-webhook';

/**
 * Twilio › Inbound SMS: set this trigger's URL as the phone number's "A message comes in"
 * webhook. Each signed post starts the workflow with one item (Twilio's fields, plus `media`).
 *
 * @example
 * { "type": "twilio.inboundSms", "credentials": { "twilio": "cred_1" } }
 */
export const twilioInboundSms = defineTrigger({
  type: 'twilio.inboundSms',
  version: 1,
  displayName: 'Twilio: inbound SMS',
  description: 'Starts the workflow when one of your Twilio numbers receives an SMS or MMS.',
  category: 'Triggers',
  icon: 'twilio',
  docsUrl: 'https://www.twilio.com/docs/messaging/guides/webhook-request',
  trigger: { kind: 'webhook' },
  credential: { type: 'twilio', required: true },
  effect: 'read',
  props: { publicUrl: publicUrlProp },
  outputSample: {
    MessageSid: 'SM0123456789abcdef0123456789abcdef',
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    From: '+15558675310',
    To: '+15557122661',
    Body: 'Yes, Tuesday works',
    NumMedia: '0',
    media: [],
  },
  webhook: {
    verify: verifyTwilioWebhook,
    toItems(request) {
      const params = twilioParams(request);
      const count = Number(params.NumMedia ?? 0);
      const media = Array.from(
        { length: Number.isFinite(count) ? count : 0 },
        (_, i) => params[`MediaUrl${i}`],
      ).filter(Boolean);
      return [{ json: { ...params, media } }];
    },
  },
});
