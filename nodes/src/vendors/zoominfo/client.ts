import type { HttpClient, HttpRequest } from '@ainow/engine/sdk';
import { toVendorError, vendorRequest } from '../shared';

/**
 * The thin ZoomInfo client the actions share: calls through `ctx.http` (which adds the JWT) and
 * maps ZoomInfo's `{ success: false, statusCode, error, message }` answers to clear errors.
 */
export const ZOOMINFO_RATE_LIMIT = { requests: 1500, perMs: 60_000 };

export async function zoomInfoCall<T>(http: HttpClient, request: HttpRequest): Promise<T> {
  const res = await vendorRequest<T>(http, { method: 'POST', ...request }, (error) =>
    toVendorError(error, {
      vendor: 'ZoomInfo',
      secretName: 'credentials (username/password or PKI key)',
    }),
  );
  return res.body;
}
