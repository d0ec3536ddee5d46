// Development mock: evaluates `{{ ... }}` expressions with plain JavaScript. The real server
// evaluates them in isolated-vm; this is only good enough to drive the editor in dev and tests.

/** Resolves every string inside `value` for one item. */
export function resolveParameters(value, ctx) {
  if (typeof value === 'string') return resolveString(value, ctx);
  if (Array.isArray(value)) return value.map((v) => resolveParameters(v, ctx));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveParameters(v, ctx)]));
  }
  return value;
}

function resolveString(text, ctx) {
  const whole = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (whole && !text.slice(2).includes('{{')) return evaluate(whole[1], ctx);
  if (!text.includes('{{')) return text;
  return text.replace(/(^|[^\\])\{\{([\s\S]*?)\}\}/g, (_m, before, expr) => {
    const value = evaluate(expr, ctx);
    return (
      before +
      (value === undefined || value === null
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value))
    );
  });
}

export function evaluate(expr, ctx) {
  const names = ['$json', '$itemIndex', '$input', '$', '$node', '$now', '$workflow', '$execution', '$vars'];
  const fn = new Function(...names, `"use strict"; return (${expr});`);
  return fn(
    ctx.item?.json ?? {},
    ctx.itemIndex ?? 0,
    {
      all: () => ctx.items ?? [],
      first: () => (ctx.items ?? [])[0],
      last: () => (ctx.items ?? []).at(-1),
      item: ctx.item,
    },
    (name) => {
      const out = ctx.outputsByName?.[name] ?? [];
      return {
        all: () => out,
        first: () => out[0],
        last: () => out.at(-1),
        item: out[ctx.itemIndex ?? 0] ?? out[0],
      };
    },
    ctx.outputsByName ?? {},
    new Date(),
    { id: ctx.workflowId, name: ctx.workflowName },
    { id: ctx.runId, mode: 'manual' },
    {},
  );
}
