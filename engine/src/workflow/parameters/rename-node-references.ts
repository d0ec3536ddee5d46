const QUOTES = ["'", '"', '`'] as const;

/**
 * Rewrites the expressions that name a node after it is renamed: `$('Old')`, `$("Old")`,
 * `` $(`Old`) `` and `$node["Old"]` / `$node['Old']`, and in Handlebars templates
 * `nodes.[Old name]` / `nodes.Old`, in every string inside `value` (objects and arrays are
 * walked; keys are left alone). Returns `value` itself when nothing changed, so that
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
  const rewriteScript = (text: string): string =>
    patterns.reduce(
      (out, { quote, regex }) =>
        out.replace(
          regex,
          (_match, open: string, close: string) =>
            `${open}${quote}${quoteInside(newName, quote)}${quote}${close}`,
        ),
      text,
    );
  const rewrite = (text: string): string => rewriteTemplateReferences(rewriteScript(text), oldName, newName);
  return walk(value, rewrite) as T;
}

function walk(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === 'string') return /\$|nodes\./.test(value) ? rewrite(value) : value;
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

/** Handlebars paths into the template data's `nodes` (not `$json.nodes...`, which is item data). */
function rewriteTemplateReferences(text: string, oldName: string, newName: string): string {
  if (oldName.includes(']') || newName.includes(']')) return text;
  const simple = /^[A-Za-z_][\w]*$/;
  const segment = simple.test(newName) ? newName : `[${newName}]`;
  const bracketed = new RegExp(`(?<![\\w$.])nodes\\.\\[${escapeRegExp(oldName)}\\]`, 'g');
  let out = text.replace(bracketed, () => `nodes.[${newName}]`);
  if (simple.test(oldName)) {
    out = out.replace(new RegExp(`(?<![\\w$.])nodes\\.${oldName}(?![\\w$-])`, 'g'), () => `nodes.${segment}`);
  }
  return out;
}

/** How a name is written between the given quotes in JavaScript source. */
function quoteInside(name: string, quote: string): string {
  const escaped = name.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`);
  return quote === '`' ? escaped.replace(/\$\{/g, '\\${') : escaped;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
