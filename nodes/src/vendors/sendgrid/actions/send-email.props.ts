import { Prop, type InferProps } from '@ainow/engine/sdk';

/**
 * Form fields of SendGrid › Send email. Subject and bodies are Handlebars templates rendered per
 * item (`Hi {{first_name}}`); with a dynamic template the item becomes `dynamic_template_data`.
 */
export const sendEmailProps = {
  from: Prop.text({
    label: 'From email',
    required: true,
    placeholder: 'sales@yourcompany.com',
    help: 'A verified sender in SendGrid.',
  }),
  fromName: Prop.text({ label: 'From name' }),
  to: Prop.text({ label: 'To email', required: true, placeholder: '{{ $json.email }}' }),
  toName: Prop.text({ label: 'To name' }),
  replyTo: Prop.text({ label: 'Reply-to email' }),
  mode: Prop.options({
    label: 'Content',
    default: 'content' as const,
    options: [
      { value: 'content', label: 'Write subject and body here' },
      { value: 'template', label: 'Use a SendGrid dynamic template' },
    ] as const,
  }),
  subject: Prop.template({
    label: 'Subject',
    placeholder: 'Quick question, {{first_name}}',
    showIf: { mode: ['content'] },
  }),
  html: Prop.template({ label: 'HTML body', showIf: { mode: ['content'] } }),
  text: Prop.template({ label: 'Plain-text body', showIf: { mode: ['content'] } }),
  templateId: Prop.options({
    label: 'Dynamic template',
    loadOptions: 'templates',
    showIf: { mode: ['template'] },
  }),
  templateData: Prop.json({
    label: 'Dynamic template data',
    help: 'Values for the template. Leave empty to pass the whole item.',
    showIf: { mode: ['template'] },
  }),
  categories: Prop.text({
    label: 'Categories',
    help: 'Comma-separated, at most 10 (used for stats and event filtering).',
  }),
  customArgs: Prop.keyValue({
    label: 'Custom args',
    help: 'Extra values SendGrid echoes back in every event for this email.',
  }),
  sandbox: Prop.boolean({
    label: 'Sandbox mode',
    default: false,
    help: 'SendGrid validates the email but does not send it.',
  }),
};

export type SendEmailProps = InferProps<typeof sendEmailProps>;
