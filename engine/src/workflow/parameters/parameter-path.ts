/**
 * Splits a dotted parameter path into keys; digits become array indexes.
 *
 * @example
 * parameterPath('fields.0.name'); // ['fields', 0, 'name']
 * parameterPath(['options', 'limit']); // ['options', 'limit']
 */
export function parameterPath(path: string | ReadonlyArray<string | number>): Array<string | number> {
  const keys = typeof path === 'string' ? path.split('.') : [...path];
  return keys.map((key) => (typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key));
}
