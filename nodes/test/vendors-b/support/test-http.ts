import {
  HttpError,
  type CredentialHelpers,
  type CredentialType,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type ResolvedCredential,
} from '@ainow/engine/sdk';

/**
 * A small stand-in for the runtime's `ctx.http` in node tests: resolves relative URLs against the
 * credential's base URL (the simulator), applies the credential type's `authenticate`, encodes
 * JSON and form bodies, and throws `HttpError` for non-2xx answers with `Retry-After` parsed, as
 * the runtime does. It never retries; tests drive retries themselves.
 */
export interface TestHttp extends HttpClient {
  readonly helpers: CredentialHelpers;
  /** Requests as the node asked for them (before authentication). */
  readonly asked: HttpRequest[];
}

export function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function appendAll(target: URLSearchParams | FormData, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const v of value) appendAll(target, key, v);
  else target.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
}

function resolve(base: string, url: string): URL {
  if (/^https?:\/\//.test(url)) return new URL(url);
  return new URL(`${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`);
}

function encode(request: HttpRequest, headers: Record<string, string>): string | FormData | undefined {
  const { body, bodyType } = request;
  if (body === undefined) return undefined;
  if (bodyType === 'form') {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) appendAll(form, k, v);
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
    return form.toString();
  }
  if (bodyType === 'multipart') {
    const form = new FormData();
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) appendAll(form, k, v);
    return form;
  }
  if (bodyType === 'raw' || typeof body === 'string') return String(body);
  headers['content-type'] ??= 'application/json';
  return JSON.stringify(body);
}

async function send(base: string, request: HttpRequest): Promise<HttpResponse<unknown>> {
  const url = resolve(base, request.url);
  for (const [k, v] of Object.entries(request.query ?? {})) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) url.searchParams.append(k, String(one));
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(request.headers ?? {})) headers[k.toLowerCase()] = v;
  const method = request.method ?? 'GET';
  const res = await fetch(url, { method, headers, body: encode(request, headers) });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (request.responseType !== 'text' && text && contentType.includes('json')) body = JSON.parse(text);
  const responseHeaders: Record<string, string> = {};
  res.headers.forEach((value, key) => (responseHeaders[key] = value));
  if (res.status < 200 || res.status >= 300) {
    throw new HttpError(
      res.status,
      `${method} ${url.pathname} answered ${res.status}`,
      body,
      retryAfterMs(res.headers.get('retry-after')),
    );
  }
  return { status: res.status, headers: responseHeaders, body };
}

export function memoryCache(): CredentialHelpers['cache'] {
  const entries = new Map<string, { value: unknown; expiresAt: number }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (!hit || hit.expiresAt <= Date.now()) return undefined;
      return hit.value;
    },
    set(key, value, ttlMs) {
      entries.set(key, { value, expiresAt: Date.now() + ttlMs });
    },
  };
}

export function createTestHttp(type: CredentialType, credential: ResolvedCredential): TestHttp {
  const base = credential.baseUrl ?? type.baseUrl?.default ?? '';
  const asked: HttpRequest[] = [];
  const helpers: CredentialHelpers = {
    baseUrl: base,
    cache: memoryCache(),
    fetchJson: async (request) => (await send(base, request)).body,
  };
  return {
    helpers,
    asked,
    async request<T>(request: HttpRequest): Promise<HttpResponse<T>> {
      asked.push(request);
      const authed =
        request.skipAuth || !type.authenticate
          ? request
          : await type.authenticate(credential.values, request, helpers);
      return (await send(base, authed)) as HttpResponse<T>;
    },
  };
}

/** Runs a credential type's `test` the way the server's "Test credential" button will. */
export async function testCredential(type: CredentialType, credential: ResolvedCredential): Promise<void> {
  const http = createTestHttp(type, credential);
  if (typeof type.test === 'function') return type.test(credential.values, http.helpers);
  if (type.test) await http.request(type.test);
}
