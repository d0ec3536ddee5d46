import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { sendGridRequest } from '../client';

/**
 * SendGrid › Add to global unsubscribes (`POST /v3/asm/suppressions/global`): SendGrid will not
 * deliver any email to the address again, whatever sends it. Adding an address that is already
 * on the list changes nothing, so a retried or resumed run is harmless.
 *
 * @example
 * { "type": "sendgrid.addGlobalUnsubscribe", "parameters": { "email": "{{ $json.email }}" } }
 */
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

export const sendGridAddGlobalUnsubscribe = defineNode({
  type: 'sendgrid.addGlobalUnsubscribe',
  version: 1,
  displayName: 'SendGrid: add to global unsubscribes',
  description: 'Puts an address on the SendGrid global unsubscribe list so that no email reaches it again.',
  category: 'Email & SMS',
  icon: 'sendgrid',
  docsUrl:
    'https://www.twilio.com/docs/sendgrid/api-reference/suppressions-global-suppressions/add-recipient-addresses-to-the-global-suppression-group',
  credential: { type: 'sendgrid', required: true },
  effect: 'write',
  idempotent: true,
  // SendGrid's general v3 limit (the X-RateLimit-Limit it reports on most endpoints).
  rateLimit: { requests: 600, perMs: 60_000 },
  props: {
    email: Prop.text({ label: 'Email', required: true, placeholder: '{{ $json.email }}' }),
  },
  outputSample: { email: 'ada@example.com', globallyUnsubscribed: true },
  async runItem(ctx) {
    const email = String(ctx.props.email ?? '')
      .trim()
      .toLowerCase();
    if (!EMAIL.test(email)) {
      throw new NodeError(`SendGrid: add to global unsubscribes › Email '${email}' is not an email address`, {
        code: 'invalid_props',
      });
    }
    await sendGridRequest(
      ctx.http,
      { method: 'POST', url: '/v3/asm/suppressions/global', body: { recipient_emails: [email] } },
      `add ${email} to the global unsubscribes`,
    );
    return { json: { email, globallyUnsubscribed: true } };
  },
});
