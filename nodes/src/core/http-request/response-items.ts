import type { HttpResponse, Item } from '@ainow/engine/sdk';

/**
 * Turns an HTTP answer into items. JSON objects become one item; JSON arrays one item per
 * element (unless `splitArrays` is off); text goes under `data`; binary bodies under
 * `binary[binaryField]`. With `fullResponse` the item is `{ status, headers, body }`.
 *
 * @example
 * responseItems({ status: 200, headers: {}, body: [{ id: 1 }, { id: 2 }] }, { responseType: 'json' }); // two items
 */
export interface ResponseOptions {
  responseType: 'json' | 'text' | 'binary';
  fullResponse?: boolean;
  splitArrays?: boolean;
  binaryField?: string;
}

export function elementItem(element: unknown): Item {
  return element !== null && typeof element === 'object' && !Array.isArray(element)
    ? { json: element as Record<string, unknown> }
    : { json: { value: element } };
}

export function responseItems(response: HttpResponse<unknown>, options: ResponseOptions): Item[] {
  const { status, headers, body } = response;
  if (options.responseType === 'binary') {
    const buffer = Buffer.isBuffer(body)
      ? body
      : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? ''));
    const mimeType = (headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim();
    const fileName = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(headers['content-disposition'] ?? '')?.[1];
    const json: Record<string, unknown> = { mimeType, fileSize: buffer.length };
    if (fileName) json.fileName = fileName;
    if (options.fullResponse) Object.assign(json, { status, headers });
    const binary = {
      data: buffer.toString('base64'),
      mimeType,
      fileSize: buffer.length,
      ...(fileName ? { fileName } : {}),
    };
    return [{ json, binary: { [options.binaryField?.trim() || 'data']: binary } }];
  }
  if (options.fullResponse) return [{ json: { status, headers, body: body ?? null } }];
  if (options.responseType === 'text' || typeof body === 'string') return [{ json: { data: body ?? '' } }];
  if (Array.isArray(body))
    return options.splitArrays === false ? [{ json: { data: body } }] : body.map(elementItem);
  if (body === undefined || body === null) return [{ json: {} }];
  return [elementItem(body)];
}
