import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { HttpError, NodeError } from '@ainow/engine/sdk';

/**
 * How long OpenAI asks us to wait: `retry-after-ms`, then `retry-after` in seconds or as an HTTP
 * date (the same order the official SDK uses).
 *
 * @example
 * retryAfterMsOf(new Headers({ 'retry-after': '2' })); // 2000
 */
export function retryAfterMsOf(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

const HINTS: Record<number, string> = {
  400: 'check the model, prompt and schema settings',
  401: 'check the API key in the OpenAI credential',
  403: 'the key has no access to this model or region',
  404: 'check the model name (GET /v1/models lists the ones this key can use)',
  429: 'the rate limit was reached; the step is retried after the wait OpenAI asks for',
};

/**
 * Turns what the `openai` SDK throws into the SDK's errors: `HttpError` for HTTP answers (429 and
 * 5xx retryable, with `retryAfterMs`), a non-retryable `NodeError` for `insufficient_quota`, a
 * retryable `NodeError` for connection problems. Aborts and our own errors pass through.
 *
 * @example
 * try { await client.chat.completions.create(body) } catch (error) { throw toNodeError(error) }
 */
export function toNodeError(error: unknown): unknown {
  if (error instanceof NodeError || error instanceof APIUserAbortError) return error;
  if (error instanceof APIConnectionError) {
    return new NodeError(`Could not reach OpenAI: ${error.message}`, {
      code: 'connection_error',
      retryable: true,
      cause: error,
    });
  }
  if (!(error instanceof APIError) || error.status === undefined) return error;
  const inner = (error.error ?? {}) as { message?: string };
  const detail = inner.message ?? error.message;
  if (error.code === 'insufficient_quota') {
    return new NodeError(`OpenAI says the account is out of quota: ${detail}`, {
      code: 'insufficient_quota',
      retryable: false,
      description:
        'Add credit or raise the limit at platform.openai.com/settings/organization/billing; retrying will not help.',
      cause: error,
    });
  }
  const hint =
    HINTS[error.status] ??
    (error.status >= 500 ? 'OpenAI had a server problem; the step is retried' : 'see the message');
  const body = { error: error.error ?? null, requestId: error.requestID ?? null };
  return new HttpError(
    error.status,
    `OpenAI answered ${error.status}: ${detail} (${hint})`,
    body,
    retryAfterMsOf(error.headers),
  );
}
