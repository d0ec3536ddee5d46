import type { ExpressionEvaluator, ParameterResult } from '@ainow/engine/runtime';
import { ExpressionError } from '@ainow/engine/runtime';

/**
 * A host-only stand-in for the isolate evaluator, enough for scheduler tests:
 * `{{ $json.a.b }}` and `{{ $('Node').item.json.a }}`.
 */
function get(value: unknown, path: string): unknown {
  return path
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
}

export const simpleEvaluator: ExpressionEvaluator = {
  async evaluateParameters({ parameters, items, context, nodeName }) {
    return items.map((item, index): ParameterResult => {
      const resolve = (value: unknown, path: string): unknown => {
        if (typeof value === 'string') {
          const m = /^\{\{\s*(.+?)\s*\}\}$/.exec(value);
          if (!m) return value;
          const json = /^\$json\.?(.*)$/.exec(m[1]);
          if (json) return get(item.json, json[1]);
          const ref = /^\$\('([^']+)'\)\.item\.json\.(.+)$/.exec(m[1]);
          if (ref) {
            const paired = context.pairedItem(ref[1], index);
            if (!paired)
              throw new ExpressionError(
                `${nodeName} › ${path}, item ${index}: no paired item in '${ref[1]}'`,
                nodeName,
                path,
                index,
              );
            return get(paired.json, ref[2]);
          }
          throw new ExpressionError(
            `${nodeName} › ${path}, item ${index}: unsupported ${m[1]}`,
            nodeName,
            path,
            index,
          );
        }
        if (Array.isArray(value)) return value.map((v, i) => resolve(v, `${path}[${i}]`));
        if (value && typeof value === 'object') {
          return Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, resolve(v, path ? `${path}.${k}` : k)]),
          );
        }
        return value;
      };
      try {
        return { ok: true, value: resolve(parameters, '') as Record<string, unknown> };
      } catch (error) {
        return { ok: false, error: error as ExpressionError };
      }
    });
  },
  async evaluateOne() {
    throw new Error('not used');
  },
  dispose() {},
};
