/**
 * The HTTP shapes nodes use through `ctx.http`.
 *
 * @example
 * const res = await ctx.http.request<{ result: string }>({ method: 'GET', url: '/v4.2/single/check', query: { email } });
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export interface HttpRequest {
  method?: HttpMethod;
  /** Absolute, or relative to the credential's base URL. */
  url: string;
  query?: Record<string, string | number | boolean | undefined | Array<string | number>>;
  headers?: Record<string, string>;
  /** Objects are sent as JSON unless `bodyType` says otherwise. */
  body?: unknown;
  bodyType?: 'json' | 'form' | 'raw' | 'multipart';
  responseType?: 'json' | 'text' | 'binary';
  timeoutMs?: number;
  /** Refuse private and loopback addresses (the HTTP Request node sets this). */
  guardPrivateNetworks?: boolean;
  /** How many of the node's `rateLimit.tokens` this request uses (an estimate is fine). */
  rateTokens?: number;
  /** Skip the node's credential even when it has one. */
  skipAuth?: boolean;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  body: T;
}
