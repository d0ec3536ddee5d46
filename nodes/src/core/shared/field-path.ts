/**
 * Dotted paths into item JSON: `address.city`, `tags[0]`, `lines.0.sku`. Used by Set (dotted
 * names make nested objects), Sort, Split Out, Aggregate, Merge by key and Remove Duplicates.
 *
 * @example
 * getPath({ a: { b: [1, 2] } }, 'a.b[1]'); // 2
 * const json = {}; setPath(json, 'address.city', 'Paris'); // { address: { city: 'Paris' } }
 */

/** Segments that would reach an object's prototype; refused so data cannot pollute it. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

type Segment = string | number;

const parsed = new Map<string, Segment[]>();

/** Splits `a.b[0].c` into `['a', 'b', 0, 'c']`. `\.` keeps a literal dot inside a name. Cached. */
export function parsePath(path: string): Segment[] {
  let segments = parsed.get(path);
  if (!segments) {
    segments = parsePathUncached(path);
    if (parsed.size > 5000) parsed.clear();
    parsed.set(path, segments);
  }
  return segments;
}

function parsePathUncached(path: string): Segment[] {
  const segments: Segment[] = [];
  let current = '';
  let pending = false;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === '\\' && path[i + 1] === '.') {
      current += '.';
      pending = true;
      i++;
    } else if (ch === '.') {
      if (pending) segments.push(current);
      current = '';
      pending = false;
    } else if (ch === '[') {
      const end = path.indexOf(']', i);
      const inside = end === -1 ? '' : path.slice(i + 1, end);
      if (!/^\d+$/.test(inside)) throw new Error(`field path '${path}': '[' must hold an index such as [0]`);
      if (pending) segments.push(current);
      segments.push(Number(inside));
      current = '';
      pending = false;
      i = end;
    } else {
      current += ch;
      pending = true;
    }
  }
  if (pending) segments.push(current);
  if (segments.length === 0)
    throw new Error(`field path '${path}' is empty; give a field name such as 'email'`);
  return segments;
}

/** Reads the value at `path`, or undefined when any step is missing. */
export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of parsePath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'string' && FORBIDDEN.has(segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** True when every step of `path` exists (the value itself may be null or undefined). */
export function hasPath(value: unknown, path: string): boolean {
  let current = value;
  for (const segment of parsePath(path)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return false;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return true;
}

/**
 * Writes `value` at `path`, creating objects (or arrays for `[n]` steps) on the way and
 * replacing anything in the way that is not an object.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = parsePath(path);
  for (const segment of segments) {
    if (typeof segment === 'string' && FORBIDDEN.has(segment)) {
      throw new Error(`field path '${path}': '${segment}' is not allowed as a field name`);
    }
  }
  let current: Record<string | number, unknown> = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i];
    const next = current[segment];
    if (next === null || typeof next !== 'object') {
      current[segment] = typeof segments[i + 1] === 'number' ? [] : {};
    }
    current = current[segment] as Record<string | number, unknown>;
  }
  current[segments[segments.length - 1]] = value;
}

/**
 * Like `setPath`, but copies every object or array on the way instead of changing it, so that a
 * shallow copy of an item can be written without touching the item it came from.
 */
export function setPathCopying(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = parsePath(path);
  for (const segment of segments) {
    if (typeof segment === 'string' && FORBIDDEN.has(segment)) {
      throw new Error(`field path '${path}': '${segment}' is not allowed as a field name`);
    }
  }
  let current: Record<string | number, unknown> = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i];
    const next = current[segment];
    current[segment] =
      next === null || typeof next !== 'object'
        ? typeof segments[i + 1] === 'number'
          ? []
          : {}
        : Array.isArray(next)
          ? [...next]
          : { ...next };
    current = current[segment] as Record<string | number, unknown>;
  }
  current[segments[segments.length - 1]] = value;
}

/** Removes the value at `path` when it exists. */
export function deletePath(target: Record<string, unknown>, path: string): void {
  const segments = parsePath(path);
  const parent = segments.length === 1 ? target : getPath(target, joinPath(segments.slice(0, -1)));
  if (parent !== null && typeof parent === 'object') {
    const last = segments[segments.length - 1];
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete (parent as Record<string | number, unknown>)[last];
  }
}

/** The last name in a path: `address.city` gives `city`, `tags[0]` gives `tags`. */
export function lastName(path: string): string {
  const names = parsePath(path).filter((s): s is string => typeof s === 'string');
  return names[names.length - 1] ?? path;
}

function joinPath(segments: Segment[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : (i > 0 ? '.' : '') + s.replace(/\./g, '\\.')))
    .join('');
}
