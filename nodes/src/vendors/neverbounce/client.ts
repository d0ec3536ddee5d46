import type { HttpClient, HttpRequest } from '@ainow/engine/sdk';
import { toVendorError, vendorFailure, vendorRequest } from '../shared';

/**
 * The thin NeverBounce client the actions share. NeverBounce reports application errors as
 * HTTP 200 with a `status` other than `success`; this turns them into clear errors:
 * `auth_failure` (not retryable), `throttle_triggered` and `temp_unavail` (retryable),
 * `general_failure` (credits or bad input, not retryable).
 *
 * @example
 * const check = await neverBounceCall<SingleCheck>(ctx.http, { url: '/v4.2/single/check', body: { email } });
 */
export const NEVERBOUNCE_RATE_LIMIT = { requests: 10, perMs: 1000 };

export interface NeverBounceAnswer {
  status: string;
  message?: string;
  execution_time?: number;
}

export async function neverBounceCall<T extends NeverBounceAnswer>(
  http: HttpClient,
  request: HttpRequest,
): Promise<T> {
  const res = await vendorRequest<T>(http, { method: 'POST', body: {}, ...request }, (error) =>
    toVendorError(error, { vendor: 'NeverBounce' }),
  );
  const answer = res.body;
  const detail = answer?.message ? `: ${answer.message}` : '';
  switch (answer?.status) {
    case 'success':
      return answer;
    case 'auth_failure':
    case 'bad_referrer':
      throw vendorFailure(
        'auth_failed',
        `NeverBounce rejected the API key (${answer.status})${detail}. Check the credential.`,
      );
    case 'throttle_triggered':
      throw vendorFailure(
        'rate_limited',
        `NeverBounce rate limit reached (throttle_triggered)${detail}. Retrying with backoff.`,
        { retryable: true },
      );
    case 'temp_unavail':
      throw vendorFailure(
        'vendor_unavailable',
        `NeverBounce is temporarily unavailable${detail}. It is retried.`,
        { retryable: true },
      );
    default:
      if (/credit/i.test(answer?.message ?? '')) {
        throw vendorFailure(
          'no_credits',
          `NeverBounce says the account has no credits left${detail}. Buy credits, then run the item again.`,
        );
      }
      throw vendorFailure(
        'invalid_request',
        `NeverBounce could not do this (${String(answer?.status)})${detail}.`,
      );
  }
}
