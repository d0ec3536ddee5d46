import type { ExpressionContext } from '../expression/expression-evaluator.port';
import type { Item } from '../workflow/item';

/**
 * What a Handlebars template sees (DESIGN.md section 4):
 * - the current item's json fields at the top level: `Hi {{first_name}}`;
 * - `nodes`: other nodes' outputs by name, written with brackets when the name has spaces:
 *   `{{nodes.[Apollo search].json.email}}` (the item paired with the current one),
 *   `.first` / `.last` (json of the first / last item), `.all` (json of every item);
 * - `vars`: workflow variables: `{{vars.region}}`;
 * - data variables `@json` (the item's json, also when a field is shadowed), `@itemIndex`, `@timezone`.
 * `nodes` and `vars` win over item fields of the same name (those stay reachable as `@json.nodes`).
 *
 * @example
 * const data: TemplateData = { json: { first_name: 'Ada' }, vars: { sender: 'Grace' } };
 * renderTemplate('Hi {{first_name}}, {{vars.sender}} here', data); // 'Hi Ada, Grace here'
 */
export interface TemplateNode {
  json?: Record<string, unknown>;
  first?: Record<string, unknown>;
  last?: Record<string, unknown>;
  all: Record<string, unknown>[];
}

export interface TemplateData {
  json: Record<string, unknown>;
  nodes?: Record<string, TemplateNode>;
  vars?: Record<string, unknown>;
  itemIndex?: number;
  /** IANA zone for `formatDate` (default UTC). */
  timezone?: string;
}

/**
 * Builds template data for item `itemIndex` from the same context the expression evaluator gets.
 * Node outputs are read lazily, only for the nodes a template names.
 *
 * @example
 * renderTemplate(body, createTemplateData(item, 3, context), { where: 'Send email › body, item 3' });
 */
export function createTemplateData(item: Item, itemIndex: number, context: ExpressionContext): TemplateData {
  const nodes: Record<string, TemplateNode> = {};
  for (const name of context.nodeNames) {
    let node: TemplateNode | undefined;
    Object.defineProperty(nodes, name, {
      enumerable: true,
      get: () => {
        node ??= readNode(name, itemIndex, context);
        return node;
      },
    });
  }
  return { json: item.json, nodes, vars: context.vars, itemIndex, timezone: context.timezone };
}

function readNode(name: string, itemIndex: number, context: ExpressionContext): TemplateNode {
  const all = (context.nodeItems(name) ?? []).map((item) => item.json);
  let paired: Item | undefined;
  try {
    paired = context.pairedItem(name, itemIndex);
  } catch {
    paired = undefined;
  }
  return { json: paired?.json, first: all[0], last: all[all.length - 1], all };
}
