import { compileFastPath, type FastPath } from './fast-path';
import { parseExpressionString, type ParsedString } from './expression-parser';

/**
 * What to evaluate in a node's parameters: every string holding `{{` (deep, skipping the top-level
 * keys in `skip`) becomes a slot, and `build` rebuilds the parameters for one item from the slot
 * values. Objects and arrays are rebuilt per item, so no two items share mutable structure.
 *
 * @example
 * const plan = planParameters({ to: '{{ $json.email }}', retries: 3 }, []);
 * plan.slots[0].path; // 'to'
 * plan.build(['ada@example.com']); // { to: 'ada@example.com', retries: 3 }
 */
export interface ParameterSlot {
  /** Dotted path inside the parameters: `conditions[0].left`. */
  path: string;
  parsed: ParsedString;
  /** One fast path per expression part when every expression in the string has one. */
  fast: (FastPath | undefined)[] | undefined;
}

export interface ParameterPlan {
  slots: ParameterSlot[];
  build(values: readonly unknown[]): Record<string, unknown>;
}

type Builder = (values: readonly unknown[]) => unknown;

interface ParsedEntry {
  parsed: ParsedString;
  fast: (FastPath | undefined)[] | undefined;
}

const parsedCache = new Map<string, ParsedEntry>();

/** Parses once per distinct string (bounded cache shared by all evaluators). */
export function parseCached(source: string): ParsedEntry {
  let entry = parsedCache.get(source);
  if (entry === undefined) {
    const parsed = parseExpressionString(source);
    const fast = parsed.parts.map((part) =>
      typeof part === 'string' ? undefined : compileFastPath(part.code),
    );
    const allFast =
      parsed.error === undefined && parsed.parts.every((part, i) => typeof part === 'string' || fast[i]);
    entry = { parsed, fast: allFast ? fast : undefined };
    if (parsedCache.size >= 10_000) parsedCache.clear();
    parsedCache.set(source, entry);
  }
  return entry;
}

export function planParameters(parameters: Record<string, unknown>, skip: readonly string[]): ParameterPlan {
  const slots: ParameterSlot[] = [];
  const skipped = new Set(skip);
  const visit = (value: unknown, path: string): Builder => {
    if (typeof value === 'string') {
      if (!value.includes('{{')) return () => value;
      const index = slots.length;
      slots.push({ path, ...parseCached(value) });
      return (values) => values[index];
    }
    if (Array.isArray(value)) {
      const children = value.map((child, i) => visit(child, `${path}[${i}]`));
      return (values) => children.map((child) => child(values));
    }
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([key, child]): [string, Builder] => [
        key,
        path === '' && skipped.has(key) ? () => child : visit(child, path === '' ? key : `${path}.${key}`),
      ]);
      return (values) => {
        const out: Record<string, unknown> = {};
        for (const [key, child] of entries) {
          // A `__proto__` key must stay a plain property, never set the prototype.
          if (key === '__proto__') Object.defineProperty(out, key, dataProperty(child(values)));
          else out[key] = child(values);
        }
        return out;
      };
    }
    return () => value;
  };
  const root = visit(parameters, '');
  return { slots, build: (values) => root(values) as Record<string, unknown> };
}

function dataProperty(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}
