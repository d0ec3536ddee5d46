import type { ExpressionContext } from './expression-evaluator.port';
import type { Item } from '../workflow/item';

/**
 * Builds the one JSON string sent into the isolate for a batch. Only what the expressions mention
 * is sent: binary data when some source mentions `binary`, and for each `$('Node name')` written in
 * a source, that node's items plus (when `.item` may be used) which of them each row pairs with.
 * Paired items are sent as indexes into the node's items, not as copies.
 *
 * @example
 * buildPayload({ sources: [" $('Apollo').item.json.email "], slots: [0], rows, indexes: null, context, now: Date.now() });
 */
export type IsolateSlot = number | (string | number)[];

export interface BatchPayloadInput {
  sources: string[];
  slots: IsolateSlot[];
  rows: Item[];
  /** Item index per row when rows are not 0..n-1 (editor previews). */
  indexes: number[] | null;
  context: ExpressionContext;
  now: number;
}

interface NodeData {
  items: Item[];
  /** How many of `items` are the node's output; paired items that are not follow them. */
  count: number;
  ran: boolean;
  paired: number[] | null;
}

const NODE_REFERENCE = /\$\(\s*(['"])((?:(?!\1)[^\\\n])*)\1\s*\)/g;
const NOT_PAIRED_USE = /^\s*\.\s*(?:all|first|last|isExecuted)\b/;

export function buildPayload(input: BatchPayloadInput): string {
  const { sources, rows, context } = input;
  const withBinary = sources.some((source) => source.includes('binary'));
  const strip = (item: Item): Item =>
    withBinary ? { json: item.json, binary: item.binary } : { json: item.json };
  const nodes: Record<string, NodeData> = {};
  for (const [name, needsPaired] of referencedNodes(sources)) {
    if (!context.nodeNames.includes(name)) continue;
    const output = context.nodeItems(name);
    const items = (output ?? []).map(strip);
    const node: NodeData = { items, count: items.length, ran: output !== undefined, paired: null };
    if (needsPaired && output !== undefined) node.paired = pairRows(name, output, node, input, strip);
    nodes[name] = node;
  }
  return JSON.stringify({
    sources,
    slots: input.slots,
    items: rows.map((row) => row.json),
    binary: withBinary ? rows.map((row) => row.binary ?? null) : null,
    indexes: input.indexes,
    nodes,
    nodeNames: context.nodeNames,
    vars: context.vars,
    execution: context.execution,
    workflow: context.workflow,
    timezone: context.timezone,
    now: input.now,
  });
}

/** Node names written as `$('Name')`, and whether any use may read `.item`. */
function referencedNodes(sources: string[]): Map<string, boolean> {
  const names = new Map<string, boolean>();
  for (const source of sources) {
    for (const match of source.matchAll(NODE_REFERENCE)) {
      const rest = source.slice(match.index + match[0].length);
      names.set(match[2], (names.get(match[2]) ?? false) || !NOT_PAIRED_USE.test(rest));
    }
  }
  return names;
}

function pairRows(
  name: string,
  output: Item[],
  node: NodeData,
  input: BatchPayloadInput,
  strip: (item: Item) => Item,
): number[] {
  const position = new Map<Item, number>();
  output.forEach((item, index) => position.set(item, index));
  return input.rows.map((_, row) => {
    let paired: Item | undefined;
    try {
      paired = input.context.pairedItem(name, input.indexes ? input.indexes[row] : row);
    } catch {
      paired = undefined;
    }
    if (paired === undefined) return -1;
    let index = position.get(paired);
    if (index === undefined) {
      index = node.items.push(strip(paired)) - 1;
      position.set(paired, index);
    }
    return index;
  });
}
