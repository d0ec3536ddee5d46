import { NodeError } from '@ainow/engine/sdk';

/**
 * The lead fields an AI node sends to the model: the ones named (comma-separated), or every
 * field except internal ones (`_ai`, names starting with `_`, `error`). Empty values are left out
 * so that the model is never handed a blank it might fill with a guess.
 *
 * @example
 * leadFields({ name: 'Ada', title: 'VP Sales', phone: '', _ai: {} }, ''); // { name: 'Ada', title: 'VP Sales' }
 * leadFields({ name: 'Ada', title: 'VP Sales' }, 'title'); // { title: 'VP Sales' }
 */
export function leadFields(
  json: Record<string, unknown>,
  fields: string | undefined,
): Record<string, unknown> {
  const wanted = (fields ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const names = wanted.length
    ? wanted
    : Object.keys(json).filter((name) => !name.startsWith('_') && name !== 'error');
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = json[name];
    if (value === undefined || value === null || value === '') continue;
    out[name] = value;
  }
  if (Object.keys(out).length === 0) {
    throw new NodeError(
      wanted.length
        ? `The item has none of the fields ${wanted.join(', ')}`
        : 'The item has no fields to send to the model',
      {
        code: 'no_lead_fields',
        description: 'Check the Lead fields parameter against the output of the previous node.',
      },
    );
  }
  return out;
}

/** Keeps only names that are real fields of the lead, once each (the model may echo others). */
export function realFields(names: unknown, lead: Record<string, unknown>): string[] {
  if (!Array.isArray(names)) return [];
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name in lead))];
}
