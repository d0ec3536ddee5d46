import { defineNode, NodeError } from '@ainow/engine/sdk';
import { mailgunRequest } from '../client';
import { buildMessageForm, sendEmailProps } from './message-form';

/**
 * Mailgun › Send email: one message per item, sent as a form (`POST /v3/{domain}/messages`).
 * Effect `send`: the engine's ledger keeps a retried or resumed run from sending twice.
 *
 * @example
 * { "type": "mailgun.sendEmail", "parameters": { "from": "Acme <hi@mg.acme.com>", "to": "{{ $json.email }}",
 *   "subject": "Hi {{first_name}}", "text": "Hello {{first_name}}" } }
 */
export const mailgunSendEmail = defineNode({
  type: 'mailgun.sendEmail',
  version: 1,
  displayName: 'Mailgun: send email',
  description: 'Sends one email per item through Mailgun, written here or from a Mailgun template.',
  category: 'Email & SMS',
  icon: 'mailgun',
  docsUrl: 'https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/messages',
  credential: { type: 'mailgun', required: true },
  effect: 'send',
  // Mailgun sets limits per account and does not publish one number; stay at a conservative pace.
  rateLimit: { requests: 300, perMs: 60_000 },
  props: sendEmailProps,
  outputSample: {
    id: '<20240101120000.1.ABC@mg.acme.com>',
    message: 'Queued. Thank you.',
    to: ['ada@example.com'],
    subject: 'Quick question, Ada',
    domain: 'mg.acme.com',
  },
  preview(ctx, item) {
    return { json: { wouldSend: buildMessageForm(ctx, item) } };
  },
  async runItem(ctx, item) {
    const domain = (ctx.props.domain || String(ctx.credential?.values.domain ?? '')).trim();
    if (!domain) {
      throw new NodeError('Mailgun › Sending domain: set it in the node or in the Mailgun credential.', {
        code: 'invalid_props',
      });
    }
    const form = buildMessageForm(ctx, item);
    const res = await mailgunRequest<{ id: string; message: string }>(
      ctx.http,
      { method: 'POST', url: `/v3/${encodeURIComponent(domain)}/messages`, body: form, bodyType: 'form' },
      `send the email to ${String(form.to)}`,
      domain,
    );
    return {
      json: {
        id: res.body.id,
        message: res.body.message,
        to: form.to,
        subject: form.subject ?? null,
        domain,
      },
    };
  },
});
