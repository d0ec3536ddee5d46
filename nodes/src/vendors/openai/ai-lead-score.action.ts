import { defineNode, Prop } from '@ainow/engine/sdk';
import { completeStructured } from './completion';
import { priceTableFrom } from './ai-usage';
import { leadFields, realFields } from './lead-fields';
import { modelProps, openAiNodeBase } from './model-props';

/**
 * AI Lead Score: scores each lead 0-100 against an ideal customer profile written in plain words,
 * with a grade, the top reasons and the lead fields the score relied on. Strict structured output
 * underneath; `fieldsUsed` is limited to the lead's real fields by the schema itself.
 * Grades follow the score: A 80-100, B 60-79, C 40-59, D 0-39.
 *
 * @example
 * { "type": "openai.leadScore", "parameters": { "idealCustomerProfile": "VPs of Sales at B2B software companies, 50-1000 staff" } }
 * // → { ...lead, score: 86, grade: 'A', reasons: ['VP Sales is a buyer', …], fieldsUsed: ['title', 'industry'], _ai: { … } }
 */
export function gradeOf(score: number): 'A' | 'B' | 'C' | 'D' {
  return score >= 80 ? 'A' : score >= 60 ? 'B' : score >= 40 ? 'C' : 'D';
}

export const aiLeadScoreNode = defineNode({
  ...openAiNodeBase,
  type: 'openai.leadScore',
  version: 1,
  displayName: 'AI Lead Score',
  description:
    'Scores leads 0-100 against your ideal customer profile, with a grade, reasons and the fields used',
  props: {
    idealCustomerProfile: Prop.longText({
      label: 'Ideal customer profile',
      required: true,
      placeholder:
        'Heads of sales or revenue at B2B software companies with 50-1000 employees in Europe or North America',
    }),
    fields: Prop.text({ label: 'Lead fields', help: 'Comma-separated; empty sends every field of the item' }),
    maxReasons: Prop.number({ label: 'Reasons', default: 3, min: 1, max: 5 }),
    ...modelProps(0, 400),
  },
  outputSample: {
    score: 86,
    grade: 'A',
    reasons: ['VP of Sales owns the budget'],
    fieldsUsed: ['title'],
    _ai: {
      model: 'gpt-4o-mini',
      promptTokens: 180,
      completionTokens: 40,
      totalTokens: 220,
      requests: 1,
      costUsd: 0.000051,
    },
  },
  async runItem(ctx, item) {
    const { props } = ctx;
    const lead = leadFields(item.json, props.fields);
    const maxReasons = Math.max(1, Math.min(5, Math.round(props.maxReasons)));
    const schema = {
      type: 'object',
      properties: {
        score: {
          type: 'integer',
          minimum: 0,
          maximum: 100,
          description: 'Fit with the ideal customer profile, 0 (none) to 100 (perfect)',
        },
        reasons: {
          type: 'array',
          items: { type: 'string' },
          minItems: 1,
          maxItems: maxReasons,
          description: 'Short reasons, most important first',
        },
        fieldsUsed: {
          type: 'array',
          items: { type: 'string', enum: Object.keys(lead) },
          description: 'Lead fields the score relied on',
        },
      },
      required: ['score', 'reasons', 'fieldsUsed'],
      additionalProperties: false,
    };
    const system = [
      'You score B2B sales leads against an ideal customer profile (ICP).',
      `ICP: ${props.idealCustomerProfile}`,
      'Score 0-100: 80+ strong fit, 60-79 good, 40-59 partial, below 40 poor.',
      `Give at most ${maxReasons} short reasons, each grounded in a lead field.`,
      'Use only the lead data given. When a field the ICP needs is missing, say so in a reason; never guess its value.',
      'List in fieldsUsed the lead fields you relied on.',
    ].join('\n');
    const { value, usage } = await completeStructured<{
      score: number;
      reasons: string[];
      fieldsUsed: string[];
    }>(
      ctx,
      {
        model: props.model,
        schemaName: 'lead_score',
        schema,
        temperature: props.temperature,
        maxTokens: props.maxTokens,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: `Lead: ${JSON.stringify(lead)}` },
        ],
      },
      priceTableFrom(props.prices),
    );
    return {
      json: {
        ...item.json,
        score: value.score,
        grade: gradeOf(value.score),
        reasons: value.reasons.slice(0, maxReasons),
        fieldsUsed: realFields(value.fieldsUsed, lead),
        _ai: usage,
      },
    };
  },
});
