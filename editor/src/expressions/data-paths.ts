import type { Item } from '../api/records.types';

export interface FieldPath {
  /** Path as expression access after `$json`, e.g. `.company.domain` or `["first name"]`. */
  access: string;
  /** Dotted display path. */
  path: string;
  type: string;
  sample: unknown;
  depth: number;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

export function accessOf(parent: string, key: string): string {
  return IDENT.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Every field path of the first items (objects walked, arrays shown as one field), for the schema
 * view, drag-to-map and `$json` autocomplete.
 *
 * @example
 * fieldPaths([{ json: { company: { domain: 'x.io' } } }]).map((f) => f.path); // ['company', 'company.domain']
 */
export function fieldPaths(items: Item[], limit = 20): FieldPath[] {
  const seen = new Map<string, FieldPath>();
  const walk = (value: unknown, access: string, path: string, depth: number) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || depth > 4) return;
    for (const [key, child] of Object.entries(value)) {
      const childAccess = accessOf(access, key);
      const childPath = path ? `${path}.${key}` : key;
      if (!seen.has(childPath))
        seen.set(childPath, {
          access: childAccess,
          path: childPath,
          type: typeOf(child),
          sample: child,
          depth,
        });
      walk(child, childAccess, childPath, depth + 1);
    }
  };
  for (const item of items.slice(0, limit)) walk(item.json, '', '', 0);
  return [...seen.values()];
}

/** The expression a dragged field inserts: `{{ $json.company.domain }}`. */
export function fieldExpression(access: string, nodeName?: string): string {
  return nodeName ? `{{ $('${nodeName.replace(/'/g, "\\'")}').item.json${access} }}` : `{{ $json${access} }}`;
}

export const FIELD_DRAG_TYPE = 'application/x-ainow-field';
