import { defineNode } from '@ainow/engine/sdk';
import { sendGridRequest } from '../client';
import { buildMailBody } from './mail-body';
import { sendEmailProps } from './send-email.props';

interface TemplateList {
  result: Array<{ id: string; name: string }>;
  _metadata?: { next?: string };
}

/**
 * SendGrid › Send email: one email per item, subject and body rendered from Handlebars
 * templates, or a dynamic template fed with the item. Effect `send`: the engine's ledger keeps
 * a retried or resumed run from sending the same item twice.
 *
 * @example
 * { "type": "sendgrid.sendEmail", "parameters": { "from": "sales@acme.com", "to": "{{ $json.email }}",
 *   "subject": "Hi {{first_name}}", "html": "<p>Hello {{first_name}}</p>" } }
 */
export const sendGridSendEmail = defineNode({
  type: 'sendgrid.sendEmail',
  version: 1,
  displayName: 'SendGrid: send email',
  description:
    'Sends one email per item through SendGrid, from a template written here or a dynamic template.',
  category: 'Email & SMS',
  icon: 'sendgrid',
  docsUrl: 'https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send',
  credential: { type: 'sendgrid', required: true },
  effect: 'send',
  // SendGrid publishes no per-endpoint number for mail/send (effectively ~10k req/s); this keeps us well below.
  rateLimit: { requests: 1000, perMs: 1000 },
  props: sendEmailProps,
  outputSample: {
    messageId: 'W9eDq0q6RS2uGwYzGWXBVw',
    status: 'accepted',
    to: 'ada@example.com',
    subject: 'Quick question, Ada',
    templateId: null,
    customArgs: { ainow_run_id: 'run_1', ainow_item_index: '0', ainow_idempotency_key: 'run_1:send:0' },
  },
  preview(ctx, item) {
    return { json: { wouldSend: buildMailBody(ctx, item) } };
  },
  async runItem(ctx, item) {
    const body = buildMailBody(ctx, item);
    const res = await sendGridRequest(
      ctx.http,
      { method: 'POST', url: '/v3/mail/send', body },
      `send the email to ${ctx.props.to}`,
    );
    return {
      json: {
        messageId: res.headers['x-message-id'] ?? null,
        status: res.status === 200 ? 'sandbox' : 'accepted',
        to: ctx.props.to.trim(),
        subject: body.subject ?? null,
        templateId: body.template_id ?? null,
        customArgs: body.custom_args,
      },
    };
  },
  loadOptions: {
    async templates(ctx) {
      const options: Array<{ value: string; label: string }> = [];
      let pageToken: string | undefined;
      do {
        const res = await sendGridRequest<TemplateList>(
          ctx.http,
          { url: '/v3/templates', query: { generations: 'dynamic', page_size: 200, page_token: pageToken } },
          'list dynamic templates',
        );
        for (const t of res.body.result) options.push({ value: t.id, label: t.name });
        const next = res.body._metadata?.next;
        pageToken = next
          ? (new URL(next, 'http://x').searchParams.get('page_token') ?? undefined)
          : undefined;
      } while (pageToken);
      return options;
    },
  },
});
