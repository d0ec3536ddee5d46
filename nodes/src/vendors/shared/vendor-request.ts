import type { HttpClient, HttpRequest, HttpResponse } from '@ainow/engine/sdk';

/**
 * Sends one request through `ctx.http`; a failure is thrown as what `toError` makes of it (the
 * vendor's own mapping, or `toVendorError` with the vendor's hints).
 *
 * @example
 * const res = await vendorRequest<Sent>(ctx.http, request, (error) => toSendGridError(error, 'send the email'));
 */
export async function vendorRequest<T>(
  http: HttpClient,
  request: HttpRequest,
  toError: (error: unknown) => unknown,
): Promise<HttpResponse<T>> {
  try {
    return await http.request<T>(request);
  } catch (error) {
    throw toError(error);
  }
}
