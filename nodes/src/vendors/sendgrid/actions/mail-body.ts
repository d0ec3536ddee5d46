import { NodeError, type Item, type ItemContext } from '@ainow/engine/sdk';
import type { SendEmailProps } from './send-email.props';

/**
 * Builds the `POST /v3/mail/send` body for one item (vendor-contracts §7.1). Custom args carry
 * the run id, item index and idempotency key, as strings (SendGrid rejects other types), so
 * that Event Webhook events can be matched to the step and item that sent them.
 *
 * @example
 * const body = buildMailBody(ctx, item); // { personalizations: [...], from: {...}, content: [...] }
 */
export interface MailBody {
  personalizations: Array<Record<string, unknown>>;
  from: { email: string; name?: string };
  reply_to?: { email: string };
  subject?: string;
  content?: Array<{ type: string; value: string }>;
  template_id?: string;
  categories?: string[];
  custom_args: Record<string, string>;
  mail_settings?: { sandbox_mode: { enable: boolean } };
}

function stringArgs(args: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(args ?? {})) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

function parseCategories(value: string | undefined): string[] | undefined {
  const list = (value ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (list.length > 10) {
    throw new NodeError(`SendGrid › Categories: ${list.length} given, at most 10 are allowed.`, {
      code: 'invalid_props',
    });
  }
  return list.length ? list : undefined;
}

function templateData(value: unknown, item: Item): Record<string, unknown> {
  if (value === undefined || value === null || value === '') return item.json;
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new NodeError('SendGrid › Dynamic template data must be a JSON object.', { code: 'invalid_props' });
  }
  return parsed as Record<string, unknown>;
}

export function buildMailBody(ctx: ItemContext<SendEmailProps>, item: Item): MailBody {
  const p = ctx.props;
  const render = (template: string | undefined) =>
    template ? ctx.renderTemplate(template, item, ctx.itemIndex) : '';
  const to = { email: p.to.trim(), ...(p.toName ? { name: p.toName } : {}) };
  const customArgs = {
    ...stringArgs(p.customArgs),
    ainow_run_id: ctx.run.runId,
    ainow_item_index: String(ctx.itemIndex),
    ainow_idempotency_key: ctx.idempotencyKey,
  };
  const body: MailBody = {
    personalizations: [{ to: [to] }],
    from: { email: p.from.trim(), ...(p.fromName ? { name: p.fromName } : {}) },
    ...(p.replyTo ? { reply_to: { email: p.replyTo.trim() } } : {}),
    categories: parseCategories(p.categories),
    custom_args: customArgs,
    ...(p.sandbox ? { mail_settings: { sandbox_mode: { enable: true } } } : {}),
  };
  if (p.mode === 'template') {
    if (!p.templateId)
      throw new NodeError('SendGrid › Dynamic template: choose a template.', { code: 'invalid_props' });
    body.template_id = p.templateId;
    body.personalizations[0].dynamic_template_data = templateData(p.templateData, item);
    return body;
  }
  const subject = render(p.subject);
  const content = [
    ...(p.text ? [{ type: 'text/plain', value: render(p.text) }] : []),
    ...(p.html ? [{ type: 'text/html', value: render(p.html) }] : []),
  ];
  if (!subject.trim())
    throw new NodeError('SendGrid › Subject is empty for this item; fill it in or use a template.', {
      code: 'invalid_props',
    });
  if (content.length === 0)
    throw new NodeError('SendGrid › Give an HTML or plain-text body.', { code: 'invalid_props' });
  body.subject = subject;
  body.content = content;
  return body;
}
