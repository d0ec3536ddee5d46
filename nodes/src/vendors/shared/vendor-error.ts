import { HttpError, NodeError } from '@ainow/engine/sdk';

/**
 * Turns what a vendor answered into an error a person can act on: bad credentials, no credits,
 * invalid input, rate limited, vendor down. Only 429, 5xx and the vendor's "try again later"
 * answers are retryable; `retryAfterMs` comes from `Retry-After` or the vendor's documented wait.
 *
 * @example
 * try { await ctx.http.request(req) } catch (error) { throw toVendorError(error, { vendor: 'Apollo' }) }
 * // → NodeError "Apollo rejected the API key (401). Check the credential."
 */
export type VendorErrorCode =
  | 'auth_failed'
  | 'forbidden'
  | 'no_credits'
  | 'invalid_request'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'vendor_unavailable';

export interface VendorErrorHints {
  vendor: string;
  /** What the credential holds, for the 401 message (default "API key"). */
  secretName?: string;
  /** True when the answer means the account is out of credits. */
  isNoCredits?(status: number, detail: string, body: unknown): boolean;
  /** Wait before retrying a 429 that came without Retry-After (a documented block, say). */
  rateLimitWaitMs?(body: unknown): number | undefined;
  /** Reword a vendor's detail text (e.g. HubSpot's property-error JSON). */
  detail?(body: unknown, fallback: string): string;
  /** Last say on whether a 429 can be retried (a daily limit cannot, today). */
  isRetryable429?(body: unknown): boolean;
}

/** The human part of a vendor's error body, whatever its shape. */
export function detailOf(body: unknown): string {
  if (typeof body === 'string') return body.trim().slice(0, 500);
  const b = (body ?? {}) as Record<string, unknown>;
  const nested =
    b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>).message : undefined;
  const text = [b.message, b.error_message, b.error, nested].find((v) => typeof v === 'string' && v);
  return typeof text === 'string' ? text : '';
}

export function vendorFailure(
  code: VendorErrorCode,
  message: string,
  options: { retryable?: boolean; retryAfterMs?: number; cause?: unknown } = {},
): NodeError {
  return new NodeError(message, {
    code,
    retryable: options.retryable ?? false,
    retryAfterMs: options.retryAfterMs,
    cause: options.cause,
  });
}

export function toVendorError(error: unknown, hints: VendorErrorHints): Error {
  if (!(error instanceof HttpError)) return error instanceof Error ? error : new Error(String(error));
  const { vendor } = hints;
  const status = error.status;
  const raw = detailOf(error.body);
  const detail = hints.detail ? hints.detail(error.body, raw) : raw;
  const suffix = detail ? `: ${detail}` : '';
  const options = { cause: error };
  if (status === 401) {
    return vendorFailure(
      'auth_failed',
      `${vendor} rejected the ${hints.secretName ?? 'API key'} (401). Check the credential.`,
      options,
    );
  }
  if (hints.isNoCredits?.(status, raw, error.body) || status === 402) {
    return vendorFailure(
      'no_credits',
      `${vendor} says the account has no credits left (${status})${suffix}. Add credits, then run the item again.`,
      options,
    );
  }
  if (status === 403) {
    return vendorFailure(
      'forbidden',
      `${vendor} refused access (403)${suffix}. Check that the plan and the credential's scopes include this API.`,
      options,
    );
  }
  if (status === 429) {
    const retryAfterMs = error.retryAfterMs ?? hints.rateLimitWaitMs?.(error.body);
    const retryable = hints.isRetryable429?.(error.body) ?? true;
    const when = retryable
      ? retryAfterMs
        ? ` Retrying after ${Math.ceil(retryAfterMs / 1000)} s.`
        : ' Retrying with backoff.'
      : ' Try again when the limit resets.';
    return vendorFailure('rate_limited', `${vendor} rate limit reached (429)${suffix}.${when}`, {
      ...options,
      retryable,
      retryAfterMs,
    });
  }
  if (status >= 500 || status === 408) {
    return vendorFailure(
      'vendor_unavailable',
      `${vendor} had a server error (${status})${suffix}. It is retried; if it persists, check ${vendor}'s status page.`,
      {
        ...options,
        retryable: true,
        retryAfterMs: error.retryAfterMs,
      },
    );
  }
  if (status === 404)
    return vendorFailure('not_found', `${vendor} found no such record (404)${suffix}.`, options);
  if (status === 409)
    return vendorFailure('conflict', `${vendor} reported a conflict (409)${suffix}.`, options);
  return vendorFailure(
    'invalid_request',
    `${vendor} rejected the request (${status})${suffix}. Check the node's parameters.`,
    options,
  );
}
