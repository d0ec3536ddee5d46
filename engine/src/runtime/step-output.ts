import type { Item, PortItems } from '../workflow/item';
import type { ItemResult, RoutedItems, RunResult } from '../sdk/node-definition';

/** Gives every output item a `pairedItem` when the node set none: by position, or to the only input. */
function pairItems(items: Item[], inputCount: number, fixedIndex?: number): Item[] {
  let out = items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.pairedItem !== undefined) continue;
    const index = fixedIndex ?? (items.length === inputCount ? i : inputCount === 1 ? 0 : undefined);
    if (index === undefined) continue;
    if (out === items) out = items.slice();
    out[i] = { ...item, pairedItem: { item: index } };
  }
  return out;
}

function asItem(value: unknown): Item {
  if (value !== null && typeof value === 'object' && 'json' in value) return value as Item;
  return { json: (value ?? {}) as Record<string, unknown> };
}

/** Normalises what `run` returned into items per declared port. */
export function runOutput(result: RunResult, ports: string[], inputCount: number): PortItems {
  const byPort: PortItems = Array.isArray(result) ? { [ports[0] ?? 'main']: result } : { ...result };
  const out: PortItems = {};
  for (const port of new Set([...ports, ...Object.keys(byPort)])) {
    const items = byPort[port] ?? [];
    if (!Array.isArray(items))
      throw new Error(`returned ${typeof items} for port '${port}'; return an array of items`);
    out[port] = pairItems(items.map(asItem), inputCount);
  }
  return out;
}

/** Normalises what `runItem` returned for item `index` into items per port. */
export function itemOutput(result: ItemResult, index: number, firstPort: string): PortItems {
  if (result === null || result === undefined) return {};
  if ((result as RoutedItems).__routed) {
    const routed = result as RoutedItems;
    return { [routed.port]: routed.items.map((item) => ({ ...asItem(item), pairedItem: { item: index } })) };
  }
  const list = Array.isArray(result) ? result : [result];
  return { [firstPort]: list.map((value) => ({ ...asItem(value), pairedItem: { item: index } })) };
}

/** The item a failed item becomes with `onError: continue` or `route`. */
export function errorItem(item: Item | undefined, index: number, message: string, nodeId: string): Item {
  return {
    json: { ...(item?.json ?? {}), error: message },
    error: { message, nodeId },
    pairedItem: { item: index },
  };
}

export function mergeInto(target: PortItems, source: PortItems): void {
  for (const [port, items] of Object.entries(source)) {
    const list = (target[port] ??= []);
    for (const item of items) list.push(item);
  }
}
