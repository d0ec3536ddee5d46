import { readFastPath } from './fast-path';
import type { ParameterSlot } from './parameter-plan';
import type { Item } from '../workflow/item';

/**
 * Evaluates a slot whose expressions are all plain paths (`{{ $json.a.b }}`) on the host. Same
 * rules as the isolate: one expression keeps its type, otherwise text; objects are copied so the
 * parameters never share structure with the item.
 *
 * @example
 * evaluateHostSlot(slot, { json: { first: 'Ada' } }); // { ok: true, value: 'Hi Ada' }
 */
export type SlotOutcome = { ok: true; value: unknown } | { ok: false; message: string; source: string };

const NO_BINARY = Object.freeze({});

export function evaluateHostSlot(slot: ParameterSlot, row: Item): SlotOutcome {
  const { parts } = slot.parsed;
  const fast = slot.fast!;
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const path = fast[i]!;
    const read = readFastPath(path, path.root === '$json' ? row.json : (row.binary ?? NO_BINARY));
    if (!read.ok) return { ok: false, message: read.message, source: part.code };
    if (slot.parsed.single) return { ok: true, value: copyPlain(read.value) };
    text += toText(read.value);
  }
  return { ok: true, value: text };
}

/** How a value reads inside text: null and undefined are empty, objects are JSON. */
export function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value) ?? '';
  if (typeof value === 'function' || typeof value === 'symbol') return '';
  return String(value);
}

function copyPlain(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;
}
