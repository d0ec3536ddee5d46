import { defineNode, Prop } from '@ainow/engine/sdk';
import { completeStructured } from './completion';
import { priceTableFrom } from './ai-usage';
import { leadFields, realFields } from './lead-fields';
import { modelProps, openAiNodeBase } from './model-props';

/**
 * AI Personalise: writes a subject and an opening line, or a subject and a whole email, for each
 * lead from a template, a tone and the lead's fields. The prompt forbids facts that are not in the
 * lead or the sender notes; the output lists the lead fields it used (limited to real fields by the
 * schema) and the text is kept within the length limit (cut at a word boundary if the model runs over).
 *
 * @example
 * { "type": "openai.personalise", "parameters": { "mode": "opening", "tone": "friendly",
 *   "template": "Hi {{first_name}}, …", "about": "We help sales teams verify emails", "maxChars": 200 } }
 * // → { ...lead, personalised: { subject: '…', opening: '…', fieldsUsed: ['title', 'company'] }, _ai: { … } }
 */
export function withinLimit(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return (space > maxChars * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '');
}

const TONES = ['friendly', 'professional', 'direct', 'casual', 'enthusiastic'] as const;

export const aiPersonaliseNode = defineNode({
  ...openAiNodeBase,
  type: 'openai.personalise',
  version: 1,
  displayName: 'AI Personalise',
  description: 'Writes a subject and opening line, or a whole email, for each lead without inventing facts',
  props: {
    mode: Prop.options({
      label: 'Write',
      default: 'opening',
      options: [
        { value: 'opening', label: 'Subject and opening line' },
        { value: 'email', label: 'Subject and whole email' },
      ],
    }),
    template: Prop.template({
      label: 'Template',
      help: 'The email to personalise (Handlebars over the lead); the model keeps its message and adapts it',
      placeholder: 'Hi {{first_name}}, teams like {{company}} use us to…',
    }),
    about: Prop.longText({
      label: 'About the sender',
      help: 'What you sell and why it matters; the only facts besides the lead the model may use',
    }),
    tone: Prop.options({
      label: 'Tone',
      default: 'friendly',
      options: TONES.map((t) => ({ value: t, label: t[0].toUpperCase() + t.slice(1) })),
    }),
    fields: Prop.text({ label: 'Lead fields', help: 'Comma-separated; empty sends every field of the item' }),
    maxChars: Prop.number({
      label: 'Length limit (characters)',
      default: 300,
      min: 20,
      help: 'For the opening line or the email body',
    }),
    outputField: Prop.text({ label: 'Output field', default: 'personalised' }),
    ...modelProps(0.7, 800),
  },
  outputSample: {
    personalised: {
      subject: 'Idea for Initech',
      opening: 'Saw Initech is hiring SDRs…',
      fieldsUsed: ['company'],
    },
  },
  async runItem(ctx, item) {
    const { props } = ctx;
    const lead = leadFields(item.json, props.fields);
    const textKey = props.mode === 'email' ? 'body' : 'opening';
    const schema = {
      type: 'object',
      properties: {
        subject: { type: 'string', description: 'Email subject, under 60 characters' },
        [textKey]: {
          type: 'string',
          description: textKey === 'body' ? 'The whole email body' : 'One opening sentence',
        },
        fieldsUsed: {
          type: 'array',
          items: { type: 'string', enum: Object.keys(lead) },
          description: 'Lead fields the text relies on',
        },
      },
      required: ['subject', textKey, 'fieldsUsed'],
      additionalProperties: false,
    };
    const template = props.template ? ctx.renderTemplate(props.template, item, ctx.itemIndex) : '';
    const system = [
      `You write ${props.mode === 'email' ? 'a short cold email' : 'an email subject and one opening line'} for a B2B sales lead.`,
      `Tone: ${props.tone}. The ${textKey === 'body' ? 'body' : 'opening line'} must be at most ${props.maxChars} characters.`,
      'Use only facts from the lead data and the sender notes. Never invent facts, numbers, names, events or mutual contacts.',
      'If the lead data is thin, write something general rather than guessing.',
      'List in fieldsUsed every lead field the text relies on.',
      props.about ? `Sender notes: ${props.about}` : '',
      template ? `Template to personalise (keep its message):\n${template}` : '',
    ].filter(Boolean);
    const { value, usage } = await completeStructured<Record<string, unknown>>(
      ctx,
      {
        model: props.model,
        schemaName: 'personalisation',
        schema,
        temperature: props.temperature,
        maxTokens: props.maxTokens,
        messages: [
          { role: 'system', content: system.join('\n') },
          { role: 'user', content: `Lead: ${JSON.stringify(lead)}` },
        ],
      },
      priceTableFrom(props.prices),
    );
    const personalised = {
      subject: withinLimit(String(value.subject), 120),
      [textKey]: withinLimit(String(value[textKey]), props.maxChars),
      fieldsUsed: realFields(value.fieldsUsed, lead),
    };
    return { json: { ...item.json, [props.outputField || 'personalised']: personalised, _ai: usage } };
  },
});
