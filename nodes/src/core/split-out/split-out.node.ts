import { NodeError, Prop, defineNode, type Item } from '@ainow/engine/sdk';
import { deletePath, getPath, hasPath, lastName } from '../shared/field-path';

/**
 * Turns one item holding a list into one item per element. Object elements become the item;
 * other elements (text, numbers) are put under the field's name. With `include: 'all'` the
 * item's other fields are copied onto each new item.
 *
 * @example
 * await runNode(splitOut, { props: { field: 'contacts' }, items: [{ json: { contacts: [{ email: 'a@x.co' }, { email: 'b@x.co' }] } }] });
 * // main: [{ json: { email: 'a@x.co' }, pairedItem: { item: 0 } }, { json: { email: 'b@x.co' }, pairedItem: { item: 0 } }]
 */
export const splitOut = defineNode({
  type: 'core.splitOut',
  version: 1,
  displayName: 'Split out',
  description: 'Turns a list inside each item into separate items',
  category: 'Data',
  icon: 'list-tree',
  effect: 'read',
  concurrency: 50,
  props: {
    field: Prop.text({
      label: 'Field with the list',
      help: 'Name (or dotted path) of the field that holds the list',
      required: true,
      placeholder: 'contacts',
    }),
    include: Prop.options({
      label: 'Other fields',
      default: 'none',
      options: [
        { value: 'none', label: 'Drop them' },
        { value: 'all', label: 'Copy them onto each new item' },
      ],
    }),
    destination: Prop.text({
      label: 'Put non-object elements under',
      help: 'Field name for elements that are not objects; default: the list field’s own name',
    }),
    missing: Prop.options({
      label: 'When the field is missing',
      default: 'error',
      options: [
        { value: 'error', label: 'Stop with an error' },
        { value: 'skip', label: 'Output nothing for that item' },
      ],
    }),
  },
  outputSample: { email: 'ada@example.com' },
  async runItem(ctx, item) {
    const { field, include, destination, missing } = ctx.props;
    const path = String(field ?? '').trim();
    if (!path) throw new NodeError('set "Field with the list" to the field that holds the list');
    if (!hasPath(item.json, path)) {
      if (missing === 'skip') return [];
      const fields = Object.keys(item.json).join(', ') || 'none';
      throw new NodeError(
        `item has no field '${path}' (fields: ${fields}); check the name or set "When the field is missing" to skip`,
      );
    }
    const value = getPath(item.json, path);
    const elements: unknown[] = Array.isArray(value)
      ? value
      : value === null || value === undefined
        ? []
        : [value];
    let rest: Record<string, unknown> = {};
    if (include === 'all') {
      rest = structuredClone(item.json);
      deletePath(rest, path);
    }
    const under = destination?.trim() || lastName(path);
    return elements.map((element): Item => {
      const isObject = element !== null && typeof element === 'object' && !Array.isArray(element);
      return {
        json: isObject ? { ...rest, ...(element as Record<string, unknown>) } : { ...rest, [under]: element },
      };
    });
  },
});
