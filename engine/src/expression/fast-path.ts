/**
 * The host-side fast path: `{{ $json.email }}`, `{{ $json.a.b[0] }}`, `{{ $json["x y"] }}` are read
 * straight from the item without entering the isolate. Only own properties are read (plus a
 * string's `length` and characters), so a path can never reach a host function or prototype.
 *
 * @example
 * const path = compileFastPath(' $json.address.city ');
 * readFastPath(path!, { address: { city: 'Paris' } }); // { ok: true, value: 'Paris' }
 */
export interface FastPath {
  root: '$json' | '$binary';
  keys: (string | number)[];
  /** The path as written, normalised, for messages: `$json.address.city`. */
  labels: string[];
}

export type FastPathRead = { ok: true; value: unknown } | { ok: false; message: string };

const ROOT = /^\s*(\$json|\$binary)/y;
const DOT = /\s*\.\s*([A-Za-z_$][\w$]*)/y;
const BRACKET = /\s*\[\s*(?:(\d+)|'([^'\\\n]*)'|"([^"\\\n]*)")\s*\]/y;
const END = /\s*$/y;

export function compileFastPath(code: string): FastPath | undefined {
  ROOT.lastIndex = 0;
  const root = ROOT.exec(code);
  if (!root) return undefined;
  const path: FastPath = { root: root[1] as FastPath['root'], keys: [], labels: [root[1]] };
  let index = ROOT.lastIndex;
  for (;;) {
    DOT.lastIndex = index;
    BRACKET.lastIndex = index;
    END.lastIndex = index;
    const dot = DOT.exec(code);
    if (dot) {
      path.keys.push(dot[1]);
      path.labels.push(`${path.labels[path.labels.length - 1]}.${dot[1]}`);
      index = DOT.lastIndex;
      continue;
    }
    const bracket = BRACKET.exec(code);
    if (bracket) {
      const key = bracket[1] !== undefined ? Number(bracket[1]) : (bracket[2] ?? bracket[3]);
      path.keys.push(key);
      path.labels.push(`${path.labels[path.labels.length - 1]}[${JSON.stringify(key)}]`);
      index = BRACKET.lastIndex;
      continue;
    }
    if (END.test(code) && END.lastIndex === code.length) return path;
    return undefined;
  }
}

export function readFastPath(path: FastPath, root: unknown): FastPathRead {
  let value = root;
  for (let i = 0; i < path.keys.length; i++) {
    if (value === undefined || value === null) {
      return { ok: false, message: `${path.labels[i]} is ${value === null ? 'null' : 'undefined'}` };
    }
    value = readOwn(value, path.keys[i]);
  }
  return { ok: true, value };
}

function readOwn(value: unknown, key: string | number): unknown {
  if (typeof value === 'string') {
    if (key === 'length') return value.length;
    const index = typeof key === 'number' ? key : Number.NaN;
    return Number.isInteger(index) && index < value.length ? value[index] : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}
