import type { Item } from '../api/records.types';

export interface PreviewContext {
  item?: Item;
  itemIndex: number;
  items: Item[];
  /** Output items of upstream nodes, by node name. */
  nodes: Record<string, Item[]>;
  workflow: { id?: string; name: string };
}

export type PreviewResult = { ok: true; value: unknown; text: string } | { ok: false; error: string };

function evaluate(expr: string, ctx: PreviewContext): unknown {
  const $ = (name: string) => {
    const out = ctx.nodes[name];
    if (!out) throw new Error(`no node named '${name}' has output yet; run the workflow or pin data`);
    return {
      all: () => out,
      first: () => out[0],
      last: () => out.at(-1),
      item: out[ctx.itemIndex] ?? out[0],
    };
  };
  const fn = new Function(
    '$json',
    '$itemIndex',
    '$input',
    '$',
    '$now',
    '$today',
    '$workflow',
    '$vars',
    `"use strict"; return (${expr});`,
  );
  const now = new Date();
  return fn(
    ctx.item?.json ?? {},
    ctx.itemIndex,
    { all: () => ctx.items, first: () => ctx.items[0], last: () => ctx.items.at(-1), item: ctx.item },
    $,
    now,
    new Date(now.getFullYear(), now.getMonth(), now.getDate()),
    ctx.workflow,
    {},
  );
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * Live preview of a parameter for the current item, evaluated in the browser for display only
 * (runs use the engine's sandbox). A whole-string `{{ }}` keeps its type; otherwise text.
 *
 * @example
 * previewExpression('Hi {{ $json.name }}', { item: { json: { name: 'Ada' } }, itemIndex: 0, items: [], nodes: {}, workflow: { name: 'w' } });
 * // { ok: true, value: 'Hi Ada', text: 'Hi Ada' }
 */
export function previewExpression(text: string, ctx: PreviewContext): PreviewResult {
  try {
    const whole = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(text);
    if (whole && text.indexOf('{{') === text.lastIndexOf('{{')) {
      const value = evaluate(whole[1], ctx);
      return { ok: true, value, text: show(value) };
    }
    const out = text.replace(/(^|[^\\])\{\{([\s\S]*?)\}\}/g, (_m, before: string, expr: string) => {
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
    return { ok: true, value: out, text: out };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
