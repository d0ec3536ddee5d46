/**
 * Field lists in parameters come in several shapes: the editor's list of `{ field }` rows, a
 * plain array of names in hand-written workflow files, or one comma-separated string. This turns
 * each into a list of dotted paths.
 *
 * @example
 * fieldNames([{ field: 'email' }, { field: 'company.domain' }]); // ['email', 'company.domain']
 * fieldNames('email, company.domain'); // the same
 */
export function fieldNames(value: unknown): string[] {
  const raw: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return raw
    .map((entry) =>
      typeof entry === 'string'
        ? entry
        : entry && typeof entry === 'object'
          ? (entry as { field?: unknown }).field
          : undefined,
    )
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}
