/**
 * True when a parameter value is (or contains) a `{{ ... }}` expression, which is only known at
 * run time. An escaped `\{{` is a literal and does not count (DESIGN.md section 4).
 *
 * @example
 * isExpression('{{ $json.email }}'); // true
 * isExpression('\\{{ literal }}');   // false
 */
export function isExpression(value: unknown): value is string {
  return typeof value === 'string' && /(^|[^\\])\{\{[\s\S]*\}\}/.test(value);
}
