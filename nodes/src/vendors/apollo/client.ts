import type { HttpClient, HttpRequest } from '@ainow/engine/sdk';
import { toVendorError, vendorRequest } from '../shared';

/**
 * The thin Apollo client the actions share: calls through `ctx.http` (which adds the key) and
 * turns Apollo's varied error bodies into clear errors.
 *
 * @example
 * const body = await apolloCall<{ person: ApolloPerson | null }>(ctx.http, { method: 'POST', url: '/api/v1/people/match', body });
 */
export const APOLLO_RATE_LIMIT = { requests: 50, perMs: 60_000 };

export async function apolloCall<T>(http: HttpClient, request: HttpRequest): Promise<T> {
  const res = await vendorRequest<T>(http, request, (error) =>
    toVendorError(error, {
      vendor: 'Apollo',
      isNoCredits: (status, detail) => status === 422 && /credit/i.test(detail),
    }),
  );
  return res.body;
}
