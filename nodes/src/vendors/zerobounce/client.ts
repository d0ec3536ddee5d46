import type { HttpClient, HttpRequest } from '@ainow/engine/sdk';
import { toVendorError, vendorFailure, vendorRequest } from '../shared';

/**
 * The thin ZeroBounce client the actions share. ZeroBounce answers most errors with HTTP 200
 * and `{"error": "..."}`; "Invalid API Key or your account ran out of credits" is told apart by
 * asking `getcredits` (free): `-1` means a bad key, `0` means no credits. A 429 carries no
 * Retry-After, so the documented block (1 minute for validate, 10 for validatebatch) is used.
 */
export const ZEROBOUNCE_VALIDATE_RATE_LIMIT = { requests: 80_000, perMs: 10_000 };
export const ZEROBOUNCE_BATCH_RATE_LIMIT = { requests: 30, perMs: 60_000 };

export async function zeroBounceCall<T>(
  http: HttpClient,
  request: HttpRequest,
  blockMs = 60_000,
): Promise<T> {
  const res = await vendorRequest<T>(http, request, (error) =>
    toVendorError(error, { vendor: 'ZeroBounce', rateLimitWaitMs: () => blockMs }),
  );
  return res.body;
}

/** Credits left; -1 when the key is not valid. */
export async function zeroBounceCredits(http: HttpClient): Promise<number> {
  const answer = await zeroBounceCall<{ Credits?: string }>(http, { method: 'GET', url: '/v2/getcredits' });
  return Number(answer.Credits ?? -1);
}

/** Throws the clear error for a ZeroBounce `{"error": ...}` answer. */
export async function throwZeroBounceError(http: HttpClient, message: string): Promise<never> {
  if (/invalid api key|ran out of credits/i.test(message)) {
    const credits = await zeroBounceCredits(http).catch(() => undefined);
    if (credits !== undefined && credits < 0)
      throw vendorFailure('auth_failed', 'ZeroBounce rejected the API key. Check the credential.');
    if (credits === 0)
      throw vendorFailure(
        'no_credits',
        'ZeroBounce says the account has no credits left. Buy credits, then run the item again.',
      );
    throw vendorFailure(
      'auth_failed',
      `ZeroBounce: ${message}. Check the credential and the credit balance.`,
    );
  }
  throw vendorFailure('invalid_request', `ZeroBounce could not validate: ${message}.`);
}
