import { NodeError, Prop, defineNode } from '@ainow/engine/sdk';
import { getPath, lastName } from '../shared/field-path';
import { fieldNames } from '../shared/field-list';
import { pairedWithAll } from '../shared/pairing';

/**
 * Collects many items into one. Either each named field becomes an array of its values
 * (`{ email: ['a@x.co', 'b@x.co'] }`), or with `all` every item's JSON goes under `items`.
 * The one output item is paired with every input item.
 *
 * @example
 * await runNode(aggregate, { props: { fields: [{ field: 'email' }] }, items }); // one item { email: [...] }
 */
export const aggregate = defineNode({
  type: 'core.aggregate',
  version: 1,
  displayName: 'Aggregate',
  description: 'Combines all items into one: fields into lists, or every item under "items"',
  category: 'Data',
  icon: 'layers',
  effect: 'read',
  props: {
    all: Prop.boolean({
      label: 'Collect whole items',
      help: 'On: one item { items: [...] } with every input item. Off: collect chosen fields into lists',
      default: false,
    }),
    fields: Prop.list({
      label: 'Fields to collect',
      default: [],
      showIf: { all: [false] },
      fields: {
        field: Prop.text({ label: 'Field', required: true, placeholder: 'email' }),
        renameTo: Prop.text({ label: 'Output name', help: 'Default: the field’s last name' }),
      },
    }),
    keepMissing: Prop.boolean({
      label: 'Keep missing values',
      help: 'Put null in the list for items that lack the field, so lists stay aligned',
      default: false,
      showIf: { all: [false] },
    }),
    outputField: Prop.text({ label: 'Output field', default: 'items', showIf: { all: [true] } }),
  },
  outputSample: { email: ['ada@example.com', 'bob@example.com'] },
  async run(ctx) {
    const { all, fields, keepMissing, outputField } = ctx.props;
    if (ctx.items.length === 0) return [];
    const pairedItem = pairedWithAll(ctx.items.length);
    if (all) {
      return [{ json: { [outputField?.trim() || 'items']: ctx.items.map((item) => item.json) }, pairedItem }];
    }
    const targets = fieldNames(fields).map((path, i) => ({
      path,
      name: renameOf(fields, i) || lastName(path),
    }));
    if (targets.length === 0)
      throw new NodeError('choose at least one field to collect, or turn on "Collect whole items"');
    const json: Record<string, unknown[]> = {};
    for (const { path, name } of targets) {
      const values = ctx.items.map((item) => getPath(item.json, path));
      json[name] = keepMissing ? values.map((v) => v ?? null) : values.filter((v) => v !== undefined);
    }
    return [{ json, pairedItem }];
  },
});

/** The output name given to the i-th field row, if any (rows with no field were already skipped). */
function renameOf(rows: unknown, i: number): string | undefined {
  if (!Array.isArray(rows)) return undefined;
  const named = rows.filter((row) => fieldNames([row]).length > 0);
  const rename = (named[i] as { renameTo?: unknown } | undefined)?.renameTo;
  return typeof rename === 'string' && rename.trim() ? rename.trim() : undefined;
}
