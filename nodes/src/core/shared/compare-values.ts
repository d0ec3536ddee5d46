/**
 * How core nodes compare values that came from expressions and vendor data, where numbers
 * often arrive as strings and dates as ISO text. Used by conditions (IF, Filter, Switch) and Sort.
 *
 * @example
 * compareValues('10', 9); // 1: a numeric string against a number compares as numbers
 * compareValues('2024-05-01', new Date('2024-04-30T00:00:00Z')); // 1: both read as dates
 */

const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(:?\d{2})?)?)?$/i;

/** A finite number for numbers and numeric strings (`' 42 '`, `'1e3'`), else undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return undefined;
}

/** Epoch milliseconds for Date objects and ISO-8601 date strings, else undefined. */
export function asDateMs(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string' && ISO_DATE.test(value.trim())) {
    const ms = Date.parse(value.trim().replace(' ', 'T'));
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/** JSON with object keys sorted, so that equal objects give equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export interface CompareOptions {
  ignoreCase?: boolean;
}

/**
 * Orders two values: numbers (and numeric strings) numerically, dates by time, booleans
 * false before true, everything else as text. Returns undefined when either side is null or
 * undefined, so callers decide where missing values go.
 */
export function compareValues(a: unknown, b: unknown, options: CompareOptions = {}): number | undefined {
  if (a === null || a === undefined || b === null || b === undefined) return undefined;
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== undefined && nb !== undefined) return Math.sign(na - nb);
  const da = asDateMs(a);
  const db = asDateMs(b);
  if (da !== undefined && db !== undefined) return Math.sign(da - db);
  // A date against an epoch number compares as times.
  if (da !== undefined && typeof b === 'number') return Math.sign(da - b);
  if (db !== undefined && typeof a === 'number') return Math.sign(a - db);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = textOf(a, options);
  const sb = textOf(b, options);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Equality as people mean it in a condition: `5` equals `'5'`, a date equals the same instant
 * written differently, `'true'` equals `true`, objects and arrays are equal when their content
 * is, and two ISO dates are equal when they name the same instant. Two numeric strings compare as text (`'007'` is not `'7'`: IDs and zip codes keep zeros).
 * null and undefined equal each other and nothing else.
 */
export function valuesEqual(a: unknown, b: unknown, options: CompareOptions = {}): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a === null || a === undefined) && (b === null || b === undefined);
  }
  if (typeof a === 'number' || typeof b === 'number') {
    const na = asNumber(a);
    const nb = asNumber(b);
    if (na !== undefined && nb !== undefined) return na === nb;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const ba = asBoolean(a);
    const bb = asBoolean(b);
    if (ba !== undefined && bb !== undefined) return ba === bb;
  }
  const da = asDateMs(a);
  const db = asDateMs(b);
  if (da !== undefined && db !== undefined) return da === db;
  return textOf(a, options) === textOf(b, options);
}

/** true/false for booleans, `'true'`/`'false'` in any case, 1 and 0; else undefined. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return undefined;
}

/** Text for comparisons: strings as they are, dates as ISO, objects as stable JSON. */
export function textOf(value: unknown, options: CompareOptions = {}): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Date) text = value.toISOString();
  else if (value !== null && typeof value === 'object') text = stableStringify(value);
  else text = String(value);
  return options.ignoreCase ? text.toLowerCase() : text;
}
