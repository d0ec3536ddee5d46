import { createHash } from 'node:crypto';
import type { Item } from '@ainow/engine/sdk';
import { stableStringify } from '../shared/compare-values';
import { getPath } from '../shared/field-path';

/**
 * The identity of an item for Remove Duplicates: a short hash of the chosen fields' values
 * (or of the whole JSON), so that keys stored across runs stay small and hold no personal data.
 * Returns undefined when every chosen field is missing: such items are never duplicates.
 *
 * @example
 * duplicateKey({ json: { email: 'Ada@x.co' } }, ['email'], true) === duplicateKey({ json: { email: 'ada@x.co' } }, ['email'], true);
 */
export function duplicateKey(item: Item, fields: string[], ignoreCase: boolean): string | undefined {
  let values: unknown;
  if (fields.length === 0) values = item.json;
  else {
    const picked = fields.map((field) => getPath(item.json, field));
    if (picked.every((value) => value === undefined || value === null || value === '')) return undefined;
    values = picked;
  }
  let text = stableStringify(values);
  if (ignoreCase) text = text.toLowerCase();
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
