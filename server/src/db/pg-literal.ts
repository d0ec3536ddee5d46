/**
 * A statement with `$n` placeholders as plain SQL text, each value written as a literal, so that
 * several statements can travel as one simple-protocol query (one round trip, one transaction).
 * Only strings, finite numbers, booleans and null are written; for anything else (and for text
 * PostgreSQL would refuse, such as NUL characters) the answer is undefined: send it with
 * parameters instead. Placeholders inside double-quoted identifiers are left alone.
 *
 * @example
 * inlineParams('UPDATE "t" SET "v" = $1 WHERE "id" = $2', ["it's", 7]); // ... = 'it''s' WHERE "id" = 7
 */
export function inlineParams(text: string, params: unknown[]): string | undefined {
  const literals: string[] = [];
  for (const value of params) {
    const literal = pgLiteral(value);
    if (literal === undefined) return undefined;
    literals.push(literal);
  }
  let missing = false;
  const out = text.replace(/"(?:[^"]|"")*"|\$(\d+)/g, (match, n: string | undefined) => {
    if (n === undefined) return match;
    const literal = literals[Number(n) - 1];
    if (literal === undefined) missing = true;
    return literal ?? match;
  });
  return missing ? undefined : out;
}

/** One value as a PostgreSQL literal, or undefined when it cannot be one safely. */
export function pgLiteral(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string' || value.includes('\u0000')) return undefined;
  const quoted = `'${value.replace(/'/g, "''")}'`;
  // With a backslash, an escape string (E'...') whose backslashes are doubled reads the same
  // whatever standard_conforming_strings says.
  return value.includes('\\') ? `E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}
