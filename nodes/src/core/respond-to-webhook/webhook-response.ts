import { NodeError, type Item } from '@ainow/engine/sdk';

/**
 * The HTTP answer a Respond to Webhook node describes. The server builds it from the node's step:
 * the parameters evaluated for the step's first item (`ctx.props`) and the step's input items.
 *
 * @example
 * buildWebhookResponse({ respondWith: 'json', status: 201, body: { ok: true } }, items);
 * // { status: 201, headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"ok":true}' }
 */
export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  /** Exactly what to send; an empty string for no body. */
  body: string;
}

export type RespondWith = 'json' | 'text' | 'firstItem' | 'allItems' | 'noData';

export interface RespondToWebhookProps {
  respondWith?: RespondWith;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';

export function buildWebhookResponse(props: RespondToWebhookProps, items: readonly Item[]): WebhookResponse {
  const status = Number(props.status ?? 200);
  if (!Number.isInteger(status) || status < 100 || status > 599) {
    throw new NodeError(
      `response status must be an HTTP status between 100 and 599 (got ${String(props.status)})`,
    );
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(props.headers ?? {})) {
    if (name.trim()) headers[name.trim().toLowerCase()] = String(value);
  }
  const withType = (type: string) => ({ 'content-type': type, ...headers });
  switch (props.respondWith ?? 'json') {
    case 'json': {
      const body = typeof props.body === 'string' ? parseJson(props.body) : (props.body ?? {});
      return { status, headers: withType(JSON_TYPE), body: JSON.stringify(body) };
    }
    case 'text':
      return {
        status,
        headers: withType(TEXT_TYPE),
        body: props.body === undefined ? '' : textOf(props.body),
      };
    case 'firstItem':
      return { status, headers: withType(JSON_TYPE), body: JSON.stringify(items[0]?.json ?? {}) };
    case 'allItems':
      return { status, headers: withType(JSON_TYPE), body: JSON.stringify(items.map((item) => item.json)) };
    case 'noData':
      return { status, headers, body: '' };
    default:
      throw new NodeError(
        `unknown respondWith '${String(props.respondWith)}'; use json, text, firstItem, allItems or noData`,
      );
  }
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new NodeError(
      `response body is not valid JSON (${(error as Error).message}); fix it or respond with text`,
    );
  }
}
