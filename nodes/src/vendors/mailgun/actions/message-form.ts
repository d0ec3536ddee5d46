import { NodeError, Prop, type InferProps, type Item, type ItemContext } from '@ainow/engine/sdk';

/**
 * Form fields of Mailgun › Send email and the form body they become (vendor-contracts §8).
 * Subject and bodies are Handlebars templates rendered per item; custom variables `v:ainow_*`
 * carry the run id, item index and idempotency key and come back in every event.
 *
 * @example
 * const form = buildMessageForm(ctx, item); // { from, to: [...], subject, html, 'v:ainow_run_id': ... }
 */
export const sendEmailProps = {
  from: Prop.text({ label: 'From', required: true, placeholder: 'Acme Sales <sales@mg.acme.com>' }),
  to: Prop.text({
    label: 'To',
    required: true,
    placeholder: '{{ $json.email }}',
    help: 'Comma-separated for several.',
  }),
  cc: Prop.text({ label: 'Cc' }),
  bcc: Prop.text({ label: 'Bcc' }),
  mode: Prop.options({
    label: 'Content',
    default: 'content' as const,
    options: [
      { value: 'content', label: 'Write subject and body here' },
      { value: 'template', label: 'Use a Mailgun template' },
    ] as const,
  }),
  subject: Prop.template({ label: 'Subject', placeholder: 'Quick question, {{first_name}}' }),
  html: Prop.template({ label: 'HTML body', showIf: { mode: ['content'] } }),
  text: Prop.template({ label: 'Plain-text body', showIf: { mode: ['content'] } }),
  template: Prop.text({ label: 'Template name', showIf: { mode: ['template'] } }),
  templateVariables: Prop.json({
    label: 'Template variables',
    help: 'Leave empty to pass the whole item.',
    showIf: { mode: ['template'] },
  }),
  tags: Prop.text({ label: 'Tags', help: 'Comma-separated, at most 3.' }),
  domain: Prop.text({ label: 'Sending domain', help: "Leave empty to use the credential's domain." }),
  testMode: Prop.boolean({
    label: 'Test mode',
    default: false,
    help: 'Mailgun accepts the message but does not deliver it.',
  }),
};

export type SendEmailProps = InferProps<typeof sendEmailProps>;

export type MessageForm = Record<string, string | string[]>;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function variables(value: unknown, item: Item): string {
  if (value === undefined || value === null || value === '') return JSON.stringify(item.json);
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new NodeError('Mailgun › Template variables must be a JSON object.', { code: 'invalid_props' });
  }
  return JSON.stringify(parsed);
}

export function buildMessageForm(ctx: ItemContext<SendEmailProps>, item: Item): MessageForm {
  const p = ctx.props;
  const render = (template: string | undefined) =>
    template ? ctx.renderTemplate(template, item, ctx.itemIndex) : '';
  const tags = list(p.tags);
  if (tags.length > 3)
    throw new NodeError(`Mailgun › Tags: ${tags.length} given, at most 3 are allowed.`, {
      code: 'invalid_props',
    });
  const to = list(p.to);
  if (to.length === 0) throw new NodeError('Mailgun › To is empty for this item.', { code: 'invalid_props' });
  const form: MessageForm = {
    from: p.from.trim(),
    to,
    ...(p.cc ? { cc: list(p.cc) } : {}),
    ...(p.bcc ? { bcc: list(p.bcc) } : {}),
    ...(tags.length ? { 'o:tag': tags } : {}),
    ...(p.testMode ? { 'o:testmode': 'yes' } : {}),
    'v:ainow_run_id': ctx.run.runId,
    'v:ainow_item_index': String(ctx.itemIndex),
    'v:ainow_idempotency_key': ctx.idempotencyKey,
  };
  const subject = render(p.subject);
  if (subject) form.subject = subject;
  if (p.mode === 'template') {
    if (!p.template)
      throw new NodeError('Mailgun › Template name: give the name of a Mailgun template.', {
        code: 'invalid_props',
      });
    form.template = p.template;
    form['t:variables'] = variables(p.templateVariables, item);
    return form;
  }
  if (!subject.trim())
    throw new NodeError('Mailgun › Subject is empty for this item.', { code: 'invalid_props' });
  const text = render(p.text);
  const html = render(p.html);
  if (!text && !html)
    throw new NodeError('Mailgun › Give an HTML or plain-text body.', { code: 'invalid_props' });
  if (text) form.text = text;
  if (html) form.html = html;
  return form;
}
