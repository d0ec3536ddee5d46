import { HttpError, NodeError } from '@ainow/engine/sdk';

/**
 * Turns an Acme error answer (`{ "error": { "code", "message", "fields"? } }`) into an error a
 * person can act on. Only 429 and 5xx are retryable; a 429 keeps Acme's `Retry-After`.
 *
 * @example
 * try { await ctx.http.request(req) } catch (error) { throw acmeError(error) }
 * // → NodeError "Acme rejected the API token (401). Check the credential." (code auth_failed)
 */
interface AcmeErrorBody {
  error?: { code?: string; message?: string; fields?: Array<{ field: string; message: string }> };
}

export function acmeError(error: unknown): Error {
  if (!(error instanceof HttpError)) return error instanceof Error ? error : new Error(String(error));
  const body = (error.body ?? {}) as AcmeErrorBody;
  const detail = body.error?.message ? `: ${body.error.message}` : '';
  const fields = (body.error?.fields ?? []).map((f) => `${f.field} ${f.message}`).join('; ');
  const fail = (code: string, message: string, retryable = false) =>
    new NodeError(message, { code, retryable, retryAfterMs: error.retryAfterMs, cause: error });
  if (error.status === 401)
    return fail('auth_failed', 'Acme rejected the API token (401). Check the credential.');
  if (error.status === 422) {
    return fail(
      'invalid_request',
      `Acme refused the ticket (422)${fields ? `: ${fields}` : detail}. Fix the node's fields.`,
    );
  }
  if (error.status === 429) {
    const wait = error.retryAfterMs ? ` Retrying after ${Math.ceil(error.retryAfterMs / 1000)} s.` : '';
    return fail('rate_limited', `Acme rate limit reached (429).${wait}`, true);
  }
  if (error.status >= 500) {
    return fail(
      'vendor_unavailable',
      `Acme had a server error (${error.status})${detail}. It is retried.`,
      true,
    );
  }
  return fail('invalid_request', `Acme rejected the request (${error.status})${detail}.`);
}
