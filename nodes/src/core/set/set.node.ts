import { NodeError, Prop, defineNode, type Item } from '@ainow/engine/sdk';
import { setPathCopying } from '../shared/field-path';
import { convertFieldValue, type FieldType } from './field-value';

/**
 * Adds or replaces fields on each item. Dotted names (`company.domain`) make nested objects
 * unless `dotNotation` is off; `keepOnlySet` drops every other field.
 *
 * @example
 * await runNode(setNode, { props: { fields: [{ name: 'lead.score', value: 80 }] }, items: [{ json: { email: 'a@b.co' } }] });
 * // main[0].json: { email: 'a@b.co', lead: { score: 80 } }
 */
export const setNode = defineNode({
  type: 'core.set',
  version: 1,
  displayName: 'Edit fields (Set)',
  description: 'Adds, changes or keeps only chosen fields on each item',
  category: 'Data',
  icon: 'pencil',
  effect: 'read',
  props: {
    fields: Prop.list({
      label: 'Fields',
      help: 'Name and value of each field to set; drag a field from the input to map it',
      default: [],
      fields: {
        name: Prop.text({ label: 'Name', required: true, placeholder: 'company.domain' }),
        value: Prop.text({ label: 'Value', placeholder: '{{ $json.email.split("@")[1] }}' }),
        type: Prop.options({
          label: 'Type',
          default: 'auto',
          options: [
            { value: 'auto', label: 'As given' },
            { value: 'string', label: 'Text' },
            { value: 'number', label: 'Number' },
            { value: 'boolean', label: 'True/false' },
            { value: 'json', label: 'JSON (parse text)' },
          ],
        }),
      },
    }),
    keepOnlySet: Prop.boolean({
      label: 'Keep only these fields',
      help: 'Drop every field that is not set here',
      default: false,
    }),
    dotNotation: Prop.boolean({
      label: 'Dotted names make nested objects',
      help: 'Off: a name such as "a.b" is one field with a dot in its name',
      default: true,
    }),
    includeBinary: Prop.boolean({ label: 'Keep binary data', default: true }),
  },
  outputSample: { email: 'ada@example.com', company: { domain: 'example.com' } },
  async run(ctx) {
    return ctx.items.map((item, index): Item => {
      const { fields, keepOnlySet, dotNotation, includeBinary } = ctx.propsFor(index);
      const json: Record<string, unknown> = keepOnlySet ? {} : { ...item.json };
      for (const [position, field] of (fields ?? []).entries()) {
        const name = typeof field?.name === 'string' ? field.name.trim() : '';
        if (!name) throw new NodeError(`field ${position + 1} has no name; give it one or remove it`);
        const value = convertFieldValue(field.value as unknown, field.type as FieldType | undefined, name);
        if (dotNotation === false || !/[.[]/.test(name)) {
          if (name === '__proto__')
            throw new NodeError(`field '${name}': '__proto__' is not allowed as a field name`);
          json[name] = value;
        } else {
          try {
            setPathCopying(json, name, value);
          } catch (error) {
            throw new NodeError(`item ${index}, field '${name}': ${(error as Error).message}`);
          }
        }
      }
      const out: Item = { json, pairedItem: { item: index } };
      if (includeBinary !== false && item.binary) out.binary = item.binary;
      return out;
    });
  },
});
