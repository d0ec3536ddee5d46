import type { PropDef } from '../../sdk/props';
import { isExpression } from './is-expression';

/**
 * Whether a prop's `showIf` holds for the given values (defaults already applied): shown,
 * hidden, or `unknown` when a field it depends on is an expression decided at run time.
 *
 * @example
 * isPropShown(Prop.text({ label: 'Until', showIf: { mode: ['until'] } }), { mode: 'duration' }); // 'hidden'
 */
export function isPropShown(prop: PropDef, values: Record<string, unknown>): 'shown' | 'hidden' | 'unknown' {
  if (!prop.showIf) return 'shown';
  let unknown = false;
  for (const [field, allowed] of Object.entries(prop.showIf)) {
    const value = values[field];
    if (isExpression(value)) unknown = true;
    else if (!allowed.includes(value as string | number | boolean)) return 'hidden';
  }
  return unknown ? 'unknown' : 'shown';
}
