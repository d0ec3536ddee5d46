import { HttpError, type HttpClient, type HttpMethod } from '@ainow/engine/sdk';

/**
 * A `fetch` for the `openai` SDK that sends every request through the node's `ctx.http`, so that
 * the runtime's per-credential rate limit, timeout, abort signal and logging apply to SDK calls
 * too. `ctx.http` throws `HttpError` for non-2xx answers; that is turned back into a `Response`
 * (with `retry-after-ms`) so that the SDK raises its usual `APIError`, which `toNodeError` maps.
 *
 * @example
 * new OpenAI({ apiKey, baseURL, maxRetries: 0, fetch: fetchThroughHttp(ctx.http, 120_000) });
 */
/**
 * Roughly how many tokens a chat request will use, for the per-minute token limit: the text it
 * sends at about four characters a token, plus the most it may answer.
 */
export function estimateTokens(body: string): number {
  let parsed: {
    messages?: Array<{ content?: unknown }>;
    max_tokens?: number;
    max_completion_tokens?: number;
  };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return Math.ceil(body.length / 4);
  }
  const text = (parsed.messages ?? []).reduce((n, m) => n + JSON.stringify(m.content ?? '').length, 0);
  return Math.ceil(text / 4) + (parsed.max_completion_tokens ?? parsed.max_tokens ?? 0);
}

export function fetchThroughHttp(http: HttpClient, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    try {
      const res = await http.request<string>({
        method: (init?.method ?? 'GET').toUpperCase() as HttpMethod,
        url,
        headers,
        body: typeof init?.body === 'string' ? init.body : undefined,
        bodyType: 'raw',
        rateTokens: typeof init?.body === 'string' ? estimateTokens(init.body) : undefined,
        responseType: 'text',
        timeoutMs,
        // The SDK already sends the key (and organization/project) headers.
        skipAuth: true,
      });
      return new Response(res.body ?? '', { status: res.status, headers: res.headers });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const body = typeof error.body === 'string' ? error.body : JSON.stringify(error.body ?? {});
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (error.retryAfterMs !== undefined) headers['retry-after-ms'] = String(error.retryAfterMs);
      return new Response(body, { status: error.status, headers });
    }
  };
}
