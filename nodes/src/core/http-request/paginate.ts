import { NodeError, type HttpClient, type HttpRequest, type HttpResponse } from '@ainow/engine/sdk';
import { getPath } from '../shared/field-path';

/**
 * Follows an API's pages. Modes:
 * - `nextUrl`: the next page's URL is at `nextUrlPath` in the body, or in the `Link: <…>; rel="next"` header;
 * - `offset`: `offsetParam`=0, `pageSize`, 2×`pageSize`… with `limitParam`=`pageSize`;
 * - `page`: `pageParam`=`firstPage`, +1… (with `limitParam`=`pageSize` when both are set);
 * - `cursor`: `cursorParam` = the value at `cursorPath` of the previous body.
 * It stops when there is no next URL or cursor, a page has no items (or fewer than `pageSize`),
 * or after `maxPages` (default 100). A page's items are at `itemsPath`, else the body if it is a list.
 *
 * @example
 * await paginate(http, { url: 'https://api.x.co/leads' }, { mode: 'cursor', cursorParam: 'after', cursorPath: 'paging.next' });
 */
export interface Pagination {
  mode?: 'off' | 'nextUrl' | 'offset' | 'page' | 'cursor';
  nextUrlPath?: string;
  offsetParam?: string;
  pageParam?: string;
  firstPage?: number;
  limitParam?: string;
  pageSize?: number;
  cursorParam?: string;
  cursorPath?: string;
  itemsPath?: string;
  maxPages?: number;
}

export interface Page {
  response: HttpResponse<unknown>;
  /** The page's items when `itemsPath` is set or the body is a list. */
  items?: unknown[];
}

function nextLink(headers: Record<string, string>): string | undefined {
  const link = Object.entries(headers).find(([k]) => k.toLowerCase() === 'link')?.[1];
  return link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link)?.[1] : undefined;
}

function itemsOf(body: unknown, itemsPath: string | undefined): unknown[] | undefined {
  const value = itemsPath?.trim() ? getPath(body, itemsPath.trim()) : body;
  return Array.isArray(value) ? value : undefined;
}

export async function paginate(http: HttpClient, first: HttpRequest, p: Pagination): Promise<Page[]> {
  const mode = p.mode ?? 'off';
  const maxPages = Math.max(1, Math.floor(Number(p.maxPages ?? 100)) || 100);
  const pageSize = p.pageSize === undefined ? undefined : Number(p.pageSize);
  const pages: Page[] = [];
  let request: HttpRequest = { ...first, query: { ...first.query } };
  if (mode === 'offset') {
    if (!pageSize) throw new NodeError('offset pagination needs a page size');
    request.query![p.offsetParam?.trim() || 'offset'] = 0;
    request.query![p.limitParam?.trim() || 'limit'] = pageSize;
  } else if (mode === 'page') {
    request.query![p.pageParam?.trim() || 'page'] = p.firstPage ?? 1;
    if (pageSize && p.limitParam?.trim()) request.query![p.limitParam.trim()] = pageSize;
  } else if (mode === 'cursor' && !p.cursorPath?.trim()) {
    throw new NodeError('cursor pagination needs the path of the next cursor in the response (cursorPath)');
  }
  const seen = new Set<string>();
  for (let n = 0; n < maxPages; n++) {
    const response = await http.request(request);
    const items = itemsOf(response.body, p.itemsPath);
    pages.push({ response, items });
    if (mode === 'off') break;
    const short =
      items !== undefined && (items.length === 0 || (pageSize !== undefined && items.length < pageSize));
    if (mode === 'nextUrl') {
      const next = p.nextUrlPath?.trim()
        ? getPath(response.body, p.nextUrlPath.trim())
        : nextLink(response.headers);
      if (typeof next !== 'string' || !next || seen.has(next)) break;
      seen.add(next);
      request = { ...request, url: resolveUrl(next, request.url), query: undefined };
    } else if (mode === 'offset' || mode === 'page') {
      if (short || items === undefined) break;
      const key = mode === 'offset' ? p.offsetParam?.trim() || 'offset' : p.pageParam?.trim() || 'page';
      const step = mode === 'offset' ? pageSize! : 1;
      request = { ...request, query: { ...request.query, [key]: Number(request.query![key]) + step } };
    } else if (mode === 'cursor') {
      const cursor = getPath(response.body, p.cursorPath!.trim());
      if (
        cursor === undefined ||
        cursor === null ||
        cursor === '' ||
        (items !== undefined && items.length === 0)
      )
        break;
      request = {
        ...request,
        query: { ...request.query, [p.cursorParam?.trim() || 'cursor']: String(cursor) },
      };
    }
  }
  return pages;
}

function resolveUrl(next: string, current: string): string {
  if (/^https?:\/\//i.test(next) || !/^https?:\/\//i.test(current)) return next;
  return new URL(next, current).toString();
}
