import type { HttpClient } from '../../sdk/node-context';
import type { HttpRequest, HttpResponse } from '../../sdk/http';
import type { CredentialHelpers, CredentialType, ResolvedCredential } from '../../sdk/credential-type';
import { HttpError, NodeError } from '../../sdk/errors';
import type { RateLimiter } from '../ports/rate-limiter.port';
import { assertPublicUrl, privateNetworksAllowed } from './private-network-guard';
import { retryAfterMs } from './retry-after';
import { encodeBody } from './encode-body';

/**
 * The `ctx.http` a node gets: fetch with the node's credential applied, relative URLs resolved
 * against the credential's base URL, the node's rate limit, a timeout, the run's abort signal,
 * and the private-network guard where asked. Non-2xx answers throw HttpError (429 and 5xx are
 * retryable; Retry-After becomes `retryAfterMs`).
 */
export interface HttpClientOptions {
  credential?: ResolvedCredential;
  credentialType?: CredentialType;
  rateLimit?: { requests: number; perMs: number; tokens?: number };
  rateLimitKey?: string;
  limiter?: RateLimiter;
  signal: AbortSignal;
  timeoutMs?: number;
  tokenCache: CredentialHelpers['cache'];
  /** Overrides AINOW_HTTP_ALLOW_PRIVATE_NETWORKS for this client (sandbox runs). */
  allowPrivateNetworks?: boolean;
}

function buildUrl(url: string, base: string | undefined, query: HttpRequest['query']): URL {
  let full: URL;
  try {
    full =
      base && !/^https?:\/\//i.test(url)
        ? new URL(base.replace(/\/+$/, '') + '/' + url.replace(/^\/+/, ''))
        : new URL(url);
  } catch {
    throw new NodeError(`'${url}' is not a valid URL${base ? ` (base ${base})` : ''}`, {
      code: 'invalid_url',
    });
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) full.searchParams.append(key, String(v));
  }
  return full;
}

function errorMessage(status: number, body: unknown, url: URL): string {
  const detail =
    typeof body === 'string'
      ? body.slice(0, 300)
      : ((body as { message?: string; error?: { message?: string } | string } | undefined)?.message ??
        (typeof (body as { error?: unknown })?.error === 'string'
          ? (body as { error: string }).error
          : (body as { error?: { message?: string } })?.error?.message) ??
        JSON.stringify(body)?.slice(0, 300));
  return `${url.host} answered ${status}${detail ? `: ${detail}` : ''}`;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.credential?.baseUrl ?? options.credentialType?.baseUrl?.default;

  const send = async <T>(request: HttpRequest, useAuth: boolean): Promise<HttpResponse<T>> => {
    let req: HttpRequest = { ...request, headers: { ...request.headers } };
    if (useAuth && options.credential && options.credentialType?.authenticate) {
      req = await options.credentialType.authenticate(options.credential.values, req, {
        baseUrl: base ?? '',
        cache: options.tokenCache,
        fetchJson: async (r) => (await send(r, false)).body,
      });
    }
    const url = buildUrl(req.url, base, req.query);
    if (req.guardPrivateNetworks && !(options.allowPrivateNetworks ?? privateNetworksAllowed()))
      await assertPublicUrl(url);
    if (options.limiter && options.rateLimit) {
      const key = options.rateLimitKey ?? url.host;
      const { requests, perMs, tokens } = options.rateLimit;
      await options.limiter.take(key, { requests, perMs }, options.signal);
      if (tokens && req.rateTokens) {
        await options.limiter.take(
          `${key}#tokens`,
          { requests: tokens, perMs },
          options.signal,
          req.rateTokens,
        );
      }
    }
    const { body, contentType } = encodeBody(req);
    const headers: Record<string, string> = { accept: 'application/json, text/plain, */*', ...req.headers };
    if (contentType && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = contentType;
    const timeout = AbortSignal.timeout(req.timeoutMs ?? options.timeoutMs ?? 30_000);
    let res: Response;
    try {
      res = await fetch(url, {
        method: req.method ?? 'GET',
        headers,
        body,
        signal: AbortSignal.any([options.signal, timeout]),
      });
    } catch (error) {
      if (options.signal.aborted) throw options.signal.reason;
      const timedOut = timeout.aborted;
      throw new NodeError(
        timedOut
          ? `${url.host} did not answer within ${req.timeoutMs ?? options.timeoutMs ?? 30_000} ms`
          : `could not reach ${url.host}: ${(error as Error).cause ?? (error as Error).message}`,
        { code: timedOut ? 'timeout' : 'network', retryable: true, cause: error },
      );
    }
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((value, key) => (responseHeaders[key] = value));
    const type = res.headers.get('content-type') ?? '';
    let parsed: unknown;
    if (req.responseType === 'binary') parsed = Buffer.from(await res.arrayBuffer());
    else {
      const text = await res.text();
      parsed = text;
      if ((req.responseType ?? 'json') === 'json' && (type.includes('json') || /^\s*[[{]/.test(text))) {
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = text;
        }
      }
    }
    if (!res.ok)
      throw new HttpError(
        res.status,
        errorMessage(res.status, parsed, url),
        parsed,
        retryAfterMs(res.headers),
      );
    return { status: res.status, headers: responseHeaders, body: parsed as T };
  };

  return { request: (request) => send(request, !request.skipAuth) };
}
