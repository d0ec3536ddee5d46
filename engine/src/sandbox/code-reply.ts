import type { Item, PairedItem } from '../workflow/item';
import { CodeError, codeLocation, withHint } from './code-error';

/**
 * Reads the JSON reply of the in-isolate runner (see code-runtime.source.ts). The isolate runs
 * untrusted code, so the reply is checked again here: items must be `{ json: object }` with an
 * optional binary map and pairing, logs must be strings.
 *
 * @example
 * const items = readCodeReply(replyJson, 'Code'); // Item[] or throws CodeError
 */
export interface CodeReply {
  items: Item[];
  logs: string[];
}

interface RawReply {
  ok?: unknown;
  kind?: unknown;
  name?: unknown;
  message?: unknown;
  index?: unknown;
  line?: unknown;
  items?: unknown;
  logs?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function readCodeReply(replyJson: string, nodeName: string): CodeReply {
  const reply = JSON.parse(replyJson) as RawReply;
  const logs = Array.isArray(reply.logs)
    ? reply.logs.filter((line): line is string => typeof line === 'string')
    : [];
  if (reply.ok !== 1) {
    const index = typeof reply.index === 'number' && reply.index >= 0 ? reply.index : undefined;
    const line = typeof reply.line === 'number' ? reply.line : undefined;
    const message = String(reply.message);
    const text = reply.kind === 'threw' ? `${String(reply.name)}: ${withHint(message)}` : message;
    throw new CodeError(codeLocation(nodeName, index, line) + text, logs, index, line);
  }
  if (!Array.isArray(reply.items)) throw new CodeError(`${nodeName}: the code returned no items`, logs);
  const items = reply.items.map((raw, index) => {
    if (!isObject(raw) || !isObject(raw.json)) {
      throw new CodeError(`${nodeName}: returned element ${index} is not an item or object`, logs);
    }
    const item: Item = { json: raw.json };
    if (isObject(raw.binary) && Object.keys(raw.binary).length > 0)
      item.binary = raw.binary as Item['binary'];
    const paired = readPairing(raw.pairedItem);
    if (paired !== undefined) item.pairedItem = paired;
    return item;
  });
  return { items, logs };
}

function readPairing(value: unknown): PairedItem | PairedItem[] | undefined {
  const one = (entry: unknown): PairedItem | undefined =>
    isObject(entry) && Number.isInteger(entry.item)
      ? { item: entry.item as number, ...(typeof entry.input === 'string' ? { input: entry.input } : {}) }
      : typeof entry === 'number' && Number.isInteger(entry)
        ? { item: entry }
        : undefined;
  if (Array.isArray(value)) {
    const list = value.map(one).filter((entry): entry is PairedItem => entry !== undefined);
    return list.length > 0 ? list : undefined;
  }
  return one(value);
}
