import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { completeStructured } from './completion';
import { priceTableFrom } from './ai-usage';
import { modelProps, openAiNodeBase } from './model-props';
import { schemaFromFields, toStrictSchema, type JsonSchema, type SchemaField } from './strict-schema';

/**
 * OpenAI Structured extraction: reads text written over the item and returns an object that
 * follows a JSON Schema, using strict structured outputs. The schema is built in the form
 * (`fields`) or pasted (`schema`); optional properties become nullable so that strict mode
 * accepts it. The reply is checked against the schema; an invalid reply is asked for once more,
 * then the item fails with the reason.
 *
 * @example
 * { "type": "openai.extractStructured", "parameters": { "input": "{{notes}}", "schemaSource": "fields",
 *   "fields": [ { "name": "budget", "type": "number" }, { "name": "timeline", "type": "string" } ] } }
 * // → { ...item, extracted: { budget: 50000, timeline: 'Q3' }, _ai: { … } }
 */
function schemaOf(props: { schemaSource?: string; fields?: SchemaField[]; schema?: unknown }): JsonSchema {
  if (props.schemaSource === 'json') {
    const raw = typeof props.schema === 'string' ? (JSON.parse(props.schema) as unknown) : props.schema;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as JsonSchema).type !== 'object') {
      throw new NodeError('Schema must be a JSON Schema object with "type": "object" at the root', {
        code: 'invalid_schema',
      });
    }
    return raw as JsonSchema;
  }
  if (!props.fields?.length)
    throw new NodeError('Add at least one field to extract, or switch Schema to "JSON Schema"', {
      code: 'invalid_schema',
    });
  try {
    return schemaFromFields(props.fields);
  } catch (error) {
    throw new NodeError(`Fields: ${(error as Error).message}`, { code: 'invalid_schema' });
  }
}

export const extractStructuredNode = defineNode({
  ...openAiNodeBase,
  type: 'openai.extractStructured',
  version: 1,
  displayName: 'OpenAI Structured extraction',
  description: 'Pulls fields out of text into JSON that follows a schema (strict structured output, checked)',
  props: {
    input: Prop.template({ label: 'Text to read', required: true, placeholder: '{{notes}}' }),
    instructions: Prop.longText({
      label: 'Instructions',
      default: 'Extract the requested fields from the text. Use null when the text does not say.',
    }),
    schemaSource: Prop.options({
      label: 'Schema',
      default: 'fields',
      options: [
        { value: 'fields', label: 'Build with fields' },
        { value: 'json', label: 'JSON Schema' },
      ],
    }),
    fields: Prop.list({
      label: 'Fields',
      showIf: { schemaSource: ['fields'] },
      fields: {
        name: Prop.text({ label: 'Name', required: true }),
        type: Prop.options({
          label: 'Type',
          default: 'string',
          options: [
            { value: 'string', label: 'Text' },
            { value: 'number', label: 'Number' },
            { value: 'integer', label: 'Whole number' },
            { value: 'boolean', label: 'Yes/no' },
            { value: 'string[]', label: 'List of text' },
          ],
        }),
        description: Prop.text({ label: 'Description' }),
        required: Prop.boolean({ label: 'Required', default: true }),
      },
    }),
    schema: Prop.json({
      label: 'JSON Schema',
      showIf: { schemaSource: ['json'] },
      placeholder: '{ "type": "object", "properties": { … } }',
    }),
    makeStrict: Prop.boolean({
      label: 'Make the schema strict',
      default: true,
      help: 'Closes objects and turns optional properties into nullable ones, as strict mode requires',
    }),
    outputField: Prop.text({
      label: 'Output field',
      default: 'extracted',
      help: 'Empty: merge the extracted fields into the item',
    }),
    ...modelProps(0, 1024),
  },
  outputSample: {
    extracted: { budget: 50000, timeline: 'Q3' },
    _ai: {
      model: 'gpt-4o-mini',
      promptTokens: 80,
      completionTokens: 12,
      totalTokens: 92,
      requests: 1,
      costUsd: 0.0000192,
    },
  },
  async runItem(ctx, item) {
    const { props } = ctx;
    const given = schemaOf(props as Parameters<typeof schemaOf>[0]);
    const schema = props.makeStrict === false ? given : toStrictSchema(given);
    const { value, usage } = await completeStructured<Record<string, unknown>>(
      ctx,
      {
        model: props.model,
        schemaName: 'extraction',
        schema,
        temperature: props.temperature,
        maxTokens: props.maxTokens,
        messages: [
          {
            role: 'system',
            content: `${props.instructions}\nNever invent values that the text does not contain.`,
          },
          { role: 'user', content: ctx.renderTemplate(props.input, item, ctx.itemIndex) },
        ],
      },
      priceTableFrom(props.prices),
    );
    const extracted = props.outputField ? { [props.outputField]: value } : value;
    return { json: { ...item.json, ...extracted, _ai: usage } };
  },
});
