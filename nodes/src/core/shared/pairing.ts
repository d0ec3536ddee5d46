import type { Item, PairedItem } from '@ainow/engine/sdk';

/**
 * Output items of `run` nodes say which input item they came from (DESIGN.md section 3);
 * these helpers keep that uniform.
 *
 * @example
 * return passThrough(ctx.items); // same items, each paired with its own index
 */

/** Pairing for input item `index` on port `input` (omitted for `main`). */
export function pairOf(index: number, input?: string): PairedItem {
  return input && input !== 'main' ? { item: index, input } : { item: index };
}

/** A copy of `item` paired with input item `index`. */
export function pairedWith(item: Item, index: number, input?: string): Item {
  return { ...item, pairedItem: pairOf(index, input) };
}

/** Every item unchanged, paired by position. */
export function passThrough(items: readonly Item[], input?: string): Item[] {
  return items.map((item, index) => pairedWith(item, index, input));
}

/** Pairing with every input item (aggregates). */
export function pairedWithAll(count: number, input?: string): PairedItem[] {
  return Array.from({ length: count }, (_, index) => pairOf(index, input));
}
