import type { PropMap } from '../../sdk/props';

/**
 * The node's parameters with each prop's `default` filled in where no value is set. Only the
 * top level: a collection's or list's inner defaults are the node's business.
 *
 * @example
 * parametersWithDefaults({ limit: Prop.number({ label: 'Limit', default: 10 }) }, {}); // { limit: 10 }
 */
export function parametersWithDefaults(
  props: PropMap,
  parameters: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...parameters };
  for (const [name, prop] of Object.entries(props)) {
    if (out[name] === undefined && prop.default !== undefined) out[name] = prop.default;
  }
  return out;
}
