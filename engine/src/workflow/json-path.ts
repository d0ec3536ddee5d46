/**
 * Turns a path of keys into a JSON path that people can read and tools can follow:
 * identifiers with dots, indexes and other keys in brackets (RFC 9535 normalised style).
 *
 * @example
 * formatJsonPath(['nodes', 2, 'parameters', 'email']); // '$.nodes[2].parameters.email'
 * formatJsonPath(['pinData', 'Form submitted']);         // "$.pinData['Form submitted']"
 */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return out;
}

/** Reads the value at a path of keys, or `undefined` where the path leads nowhere. */
export function valueAtPath(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
