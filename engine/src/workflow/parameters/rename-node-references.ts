const QUOTES = ["'", '"', '`'] as const;

/**
 * Rewrites the expressions that name a node after it is renamed: `$('Old')`, `$("Old")`,
 * `` $(`Old`) `` and `$node["Old"]` / `$node['Old']`, in every string inside `value` (objects and
 * arrays are walked; keys are left alone). Returns `value` itself when nothing changed, so that
 * unchanged parameters keep their identity.
 *
 * @example
 * renameNodeReferences({ email: "{{ $('Verify email').item.json.email }}" }, 'Verify email', 'Check email');
 * // { email: "{{ $('Check email').item.json.email }}" }
 */
export function renameNodeReferences<T>(value: T, oldName: string, newName: string): T {
  if (oldName === newName) return value;
  const patterns = QUOTES.flatMap((quote) => {
    const literal = escapeRegExp(quoteInside(oldName, quote));
    return [
      { quote, regex: new RegExp(`(\\$\\(\\s*)${quote}${literal}${quote}(\\s*\\))`, 'g') },
      { quote, regex: new RegExp(`(\\$node\\[\\s*)${quote}${literal}${quote}(\\s*\\])`, 'g') },
    ];
  });
  const rewrite = (text: string): string =>
    patterns.reduce(
      (out, { quote, regex }) =>
        out.replace(
          regex,
          (_match, open: string, close: string) =>
            `${open}${quote}${quoteInside(newName, quote)}${quote}${close}`,
        ),
      text,
    );
  return walk(value, rewrite) as T;
}

function walk(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === 'string') return value.includes('$') ? rewrite(value) : value;
  if (Array.isArray(value)) {
    const next = value.map((entry) => walk(entry, rewrite));
    return next.some((entry, index) => entry !== value[index]) ? next : value;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const next: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      next[key] = walk(entry, rewrite);
      changed ||= next[key] !== entry;
    }
    return changed ? next : value;
  }
  return value;
}

/** How a name is written between the given quotes in JavaScript source. */
function quoteInside(name: string, quote: string): string {
  const escaped = name.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`);
  return quote === '`' ? escaped.replace(/\$\{/g, '\\${') : escaped;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
