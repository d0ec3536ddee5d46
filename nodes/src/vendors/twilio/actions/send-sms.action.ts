import { defineNode, NodeError, Prop, type Item, type ItemContext, type InferProps } from '@ainow/engine/sdk';
import { accountPath, twilioRequest } from '../client';

/**
 * Twilio › Send SMS: one message per item, the text a Handlebars template rendered with the
 * item. Effect `send`: the engine's ledger keeps a retried or resumed run from texting twice.
 *
 * @example
 * { "type": "twilio.sendSms", "parameters": { "from": "+15557122661", "to": "{{ $json.phone }}",
 *   "body": "Hi {{first_name}}, are you free Tuesday?", "statusCallback": "https://ainow.acme.com/webhook/sms-status" } }
 */
const props = {
  sender: Prop.options({
    label: 'Send from',
    default: 'number' as const,
    options: [
      { value: 'number', label: 'A phone number' },
      { value: 'service', label: 'A Messaging Service' },
    ] as const,
  }),
  from: Prop.options({ label: 'From number', loadOptions: 'phoneNumbers', showIf: { sender: ['number'] } }),
  messagingServiceSid: Prop.text({
    label: 'Messaging Service SID',
    placeholder: 'MG…',
    showIf: { sender: ['service'] },
  }),
  to: Prop.text({
    label: 'To',
    required: true,
    placeholder: '{{ $json.phone }}',
    help: 'E.164, e.g. +15558675310, or whatsapp:+…',
  }),
  body: Prop.template({ label: 'Message', required: true, placeholder: 'Hi {{first_name}}, …' }),
  mediaUrls: Prop.text({ label: 'Media URLs', help: 'Comma-separated public URLs (MMS), at most 10.' }),
  statusCallback: Prop.text({
    label: 'Status callback URL',
    help: "Use the URL of a 'Twilio: message status' trigger.",
  }),
  validityPeriod: Prop.number({ label: 'Valid for (seconds)', min: 1, max: 36000 }),
};

type Props = InferProps<typeof props>;

function buildForm(ctx: ItemContext<Props>, item: Item): Record<string, string | string[] | number> {
  const p = ctx.props;
  const body = ctx.renderTemplate(p.body, item, ctx.itemIndex);
  const media = (p.mediaUrls ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (!body.trim() && media.length === 0)
    throw new NodeError('Twilio › Message is empty for this item.', { code: 'invalid_props' });
  if (body.length > 1600) {
    throw new NodeError(
      `Twilio › Message is ${body.length} characters after rendering; Twilio allows 1600.`,
      { code: 'invalid_props' },
    );
  }
  const [senderField, senderValue] =
    p.sender === 'service'
      ? ['MessagingServiceSid', (p.messagingServiceSid ?? '').trim()]
      : ['From', (p.from ?? '').trim()];
  if (!senderValue) {
    throw new NodeError(
      `Twilio › ${p.sender === 'service' ? 'Messaging Service SID' : 'From number'} is required.`,
      {
        code: 'invalid_props',
      },
    );
  }
  const form: Record<string, string | string[] | number> = { To: p.to.trim(), [senderField]: senderValue };
  if (body) form.Body = body;
  if (media.length) form.MediaUrl = media;
  if (p.statusCallback) form.StatusCallback = p.statusCallback.trim();
  if (p.validityPeriod) form.ValidityPeriod = p.validityPeriod;
  return form;
}

interface TwilioMessage {
  sid: string;
  status: string;
  to: string;
  from: string | null;
  body: string;
  num_segments: string;
  messaging_service_sid: string | null;
  date_created: string;
}

export const twilioSendSms = defineNode({
  type: 'twilio.sendSms',
  version: 1,
  displayName: 'Twilio: send SMS',
  description: 'Sends one SMS or MMS per item through Twilio.',
  category: 'Email & SMS',
  icon: 'twilio',
  docsUrl: 'https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource',
  credential: { type: 'twilio', required: true },
  effect: 'send',
  // Twilio limits concurrency (about 100 requests at once per account) and queues sending per number.
  rateLimit: { requests: 100, perMs: 1000 },
  props,
  outputSample: {
    sid: 'SM0123456789abcdef0123456789abcdef',
    status: 'queued',
    to: '+15558675310',
    from: '+15557122661',
    body: 'Hi Ada, are you free Tuesday?',
    segments: 1,
    messagingServiceSid: null,
    dateCreated: 'Thu, 24 Aug 2023 05:01:45 +0000',
  },
  preview(ctx, item) {
    return { json: { wouldSend: buildForm(ctx, item) } };
  },
  async runItem(ctx, item) {
    const accountSid = String(ctx.credential?.values.accountSid ?? '');
    const form = buildForm(ctx, item);
    const res = await twilioRequest<TwilioMessage>(
      ctx.http,
      { method: 'POST', url: `${accountPath(accountSid)}/Messages.json`, body: form, bodyType: 'form' },
      `send the SMS to ${String(form.To)}`,
    );
    const m = res.body;
    return {
      json: {
        sid: m.sid,
        status: m.status,
        to: m.to,
        from: m.from,
        body: m.body,
        segments: Number(m.num_segments),
        messagingServiceSid: m.messaging_service_sid,
        dateCreated: m.date_created,
      },
    };
  },
  loadOptions: {
    async phoneNumbers(ctx) {
      const accountSid = String(ctx.credential?.values.accountSid ?? '');
      const options: Array<{ value: string; label: string }> = [];
      let url: string | null = `${accountPath(accountSid)}/IncomingPhoneNumbers.json?PageSize=1000`;
      while (url) {
        const res: {
          body: {
            incoming_phone_numbers: Array<{ phone_number: string; friendly_name: string }>;
            next_page_uri: string | null;
          };
        } = await twilioRequest(ctx.http, { url }, 'list your phone numbers');
        for (const n of res.body.incoming_phone_numbers)
          options.push({ value: n.phone_number, label: `${n.friendly_name} (${n.phone_number})` });
        url = res.body.next_page_uri;
      }
      return options;
    },
  },
});
