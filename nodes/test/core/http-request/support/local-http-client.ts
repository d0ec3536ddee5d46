import { HttpError, type HttpClient, type HttpRequest, type HttpResponse } from '@ainow/engine/sdk';

/**
 * A small stand-in for the runtime's `ctx.http` in tests: real fetch to a local server, query and
 * body encoding, HttpError on non-2xx (as the runtime does), and a record of every request so
 * tests can check what the node asked for (e.g. guardPrivateNetworks).
 */
export function localHttpClient(baseUrl: string): HttpClient & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
      requests.push(request);
      const url = new URL(request.url, baseUrl);
      for (const [key, value] of Object.entries(request.query ?? {})) {
        if (value !== undefined) url.searchParams.set(key, String(value));
      }
      const headers: Record<string, string> = { ...request.headers };
      let body: string | undefined;
      if (request.body !== undefined) {
        if (request.bodyType === 'form') {
          body = new URLSearchParams(request.body as Record<string, string>).toString();
          headers['content-type'] = 'application/x-www-form-urlencoded';
        } else if (request.bodyType === 'raw') {
          body = String(request.body);
          headers['content-type'] ??= 'text/plain';
        } else {
          body = JSON.stringify(request.body);
          headers['content-type'] = 'application/json';
        }
      }
      const res = await fetch(url, { method: request.method ?? 'GET', headers, body });
      const responseHeaders: Record<string, string> = {};
      res.headers.forEach((value, key) => (responseHeaders[key] = value));
      let parsed: unknown;
      if (request.responseType === 'binary') parsed = Buffer.from(await res.arrayBuffer());
      else {
        const text = await res.text();
        parsed = text;
        if (
          (request.responseType ?? 'json') === 'json' &&
          res.headers.get('content-type')?.includes('json')
        ) {
          parsed = text ? JSON.parse(text) : undefined;
        }
      }
      if (!res.ok) throw new HttpError(res.status, `${url.host} answered ${res.status}`, parsed);
      return { status: res.status, headers: responseHeaders, body: parsed as T };
    },
  };
}
