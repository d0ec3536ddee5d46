import type { Item, PairedItem } from '@ainow/engine/sdk';
import { stableStringify } from '../shared/compare-values';
import { getPath } from '../shared/field-path';
import { pairOf } from '../shared/pairing';

/**
 * Merge's pure combining steps. Merged items take the fields of both sides; on a clash the
 * side named by `prefer` wins. Each merged item is paired with the items it came from.
 *
 * @example
 * mergeByKey(a, b, { keyA: 'email', keyB: 'contact.email', join: 'left', prefer: 'b' });
 */
export type Join = 'inner' | 'left' | 'outer';
export type Side = 'a' | 'b';

export function combine(
  a: Item | undefined,
  ia: number,
  b: Item | undefined,
  ib: number,
  prefer: Side,
): Item {
  const [first, second] = prefer === 'b' ? [a, b] : [b, a];
  const pairs: PairedItem[] = [];
  if (a) pairs.push(pairOf(ia, 'a'));
  if (b) pairs.push(pairOf(ib, 'b'));
  const item: Item = { json: { ...first?.json, ...second?.json }, pairedItem: pairs };
  const binary = { ...first?.binary, ...second?.binary };
  if (Object.keys(binary).length > 0) item.binary = binary;
  return item;
}

export function append(a: Item[], b: Item[]): Item[] {
  return [
    ...a.map((item, i) => ({ ...item, pairedItem: pairOf(i, 'a') })),
    ...b.map((item, i) => ({ ...item, pairedItem: pairOf(i, 'b') })),
  ];
}

export function byPosition(a: Item[], b: Item[], includeUnpaired: boolean, prefer: Side): Item[] {
  const length = includeUnpaired ? Math.max(a.length, b.length) : Math.min(a.length, b.length);
  return Array.from({ length }, (_, i) => combine(a[i], i, b[i], i, prefer));
}

/** Text key for matching: `5` and `'5'` match, missing values never do. */
function keyOf(item: Item, path: string): string | undefined {
  const value = getPath(item.json, path);
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'object' ? stableStringify(value) : String(value);
}

export function byKey(
  a: Item[],
  b: Item[],
  options: { keyA: string; keyB: string; join: Join; prefer: Side },
): Item[] {
  const index = new Map<string, number[]>();
  b.forEach((item, ib) => {
    const key = keyOf(item, options.keyB);
    if (key !== undefined) index.set(key, [...(index.get(key) ?? []), ib]);
  });
  const matchedB = new Set<number>();
  const out: Item[] = [];
  a.forEach((item, ia) => {
    const key = keyOf(item, options.keyA);
    const matches = key === undefined ? [] : (index.get(key) ?? []);
    for (const ib of matches) {
      matchedB.add(ib);
      out.push(combine(item, ia, b[ib], ib, options.prefer));
    }
    if (matches.length === 0 && options.join !== 'inner')
      out.push(combine(item, ia, undefined, -1, options.prefer));
  });
  if (options.join === 'outer') {
    b.forEach((item, ib) => {
      if (!matchedB.has(ib)) out.push(combine(undefined, -1, item, ib, options.prefer));
    });
  }
  return out;
}
