import type { AnyNodeDefinition } from '../sdk/node-definition';
import type { PropMap } from '../sdk/props';

/** The node's parameters with each declared default filled in. */
export function withDefaults(
  def: AnyNodeDefinition,
  parameters: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(def.props as PropMap)) {
    if (prop.default !== undefined) out[name] = structuredClone(prop.default);
  }
  return Object.assign(out, parameters);
}

/** Top-level props whose values are never expressions (code, templates). */
export function literalProps(def: AnyNodeDefinition): string[] {
  return Object.entries(def.props as PropMap)
    .filter(([, prop]) => prop.noExpressions)
    .map(([name]) => name);
}

/** True when any string under `value` (outside `skip`) holds `{{`. */
export function containsExpression(value: unknown, skip: string[] = []): boolean {
  if (typeof value === 'string') return value.includes('{{');
  if (Array.isArray(value)) return value.some((v) => containsExpression(v));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => !skip.includes(key) && containsExpression(v));
  }
  return false;
}
