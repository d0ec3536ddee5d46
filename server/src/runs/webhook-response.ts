import type { Item } from '@ainow/engine/workflow';
import type { WebhookResponse } from './run-events';

/**
 * The HTTP answer a Respond to Webhook step describes, from its parameters evaluated for its
 * first item and its input items. It follows the node's contract (`respondWith` json, text,
 * firstItem, allItems, noData); the node itself fails the step on a bad status or body.
 *
 * @example
 * buildResponse({ respondWith: 'json', status: 201, body: { ok: true } }, items).status; // 201
 */
export function buildResponse(props: Record<string, unknown>, items: readonly Item[]): WebhookResponse {
  const status = Number(props.status ?? 200);
  const headers: Record<string, string> = {};
  const given =
    props.headers && typeof props.headers === 'object' ? (props.headers as Record<string, unknown>) : {};
  for (const [name, value] of Object.entries(given))
    if (name.trim()) headers[name.trim().toLowerCase()] = String(value);
  const typed = (type: string) => ({ 'content-type': type, ...headers });
  const json = 'application/json; charset=utf-8';
  switch (props.respondWith ?? 'json') {
    case 'text':
      return {
        status,
        headers: typed('text/plain; charset=utf-8'),
        body:
          props.body === undefined
            ? ''
            : typeof props.body === 'string'
              ? props.body
              : JSON.stringify(props.body),
      };
    case 'firstItem':
      return { status, headers: typed(json), body: JSON.stringify(items[0]?.json ?? {}) };
    case 'allItems':
      return { status, headers: typed(json), body: JSON.stringify(items.map((item) => item.json)) };
    case 'noData':
      return { status, headers, body: '' };
    default: {
      const body =
        typeof props.body === 'string'
          ? props.body.trim()
            ? JSON.parse(props.body)
            : {}
          : (props.body ?? {});
      return { status, headers: typed(json), body: JSON.stringify(body) };
    }
  }
}
