import { HttpError, type HttpClient, type HttpRequest, type HttpResponse } from '@ainow/engine/sdk';
import { failureMaker, rateLimitMessage, serverErrorMessage, vendorRequest } from '../shared';

/**
 * The thin Mailgun client: sends through `ctx.http` and turns Mailgun's answers (`{ message }`,
 * plain-text `Forbidden`) into messages a person can act on; retryable only for 429 and 5xx.
 *
 * @example
 * await mailgunRequest(ctx.http, { method: 'POST', url: `/v3/${domain}/messages`, body, bodyType: 'form' }, 'send the email');
 */
function details(body: unknown): string {
  if (typeof body === 'string') return body.trim() || 'no details';
  const message = (body as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : JSON.stringify(body ?? null);
}

export function toMailgunError(error: unknown, action: string, domain: string): unknown {
  if (!(error instanceof HttpError)) return error;
  const { status, body } = error;
  const why = details(body);
  const make = failureMaker(error, why);
  if (status === 401 || status === 403) {
    return make(
      `Mailgun rejected the API key while trying to ${action} (${status} ${why}). Check the private API key in the Mailgun credential.`,
      'auth_failed',
    );
  }
  if (status === 404) {
    return make(
      `Mailgun does not know the domain "${domain}" (404: ${why}). Check the sending domain in the credential, and the base URL for EU accounts.`,
      'not_found',
    );
  }
  if (status === 429) return make(rateLimitMessage('Mailgun', action), 'rate_limited');
  if (status >= 500) return make(serverErrorMessage('Mailgun', status, action), 'vendor_unavailable');
  return make(`Mailgun could not ${action} (${status}): ${why}`, 'invalid_request');
}

export async function mailgunRequest<T>(
  http: HttpClient,
  request: HttpRequest,
  action: string,
  domain: string,
): Promise<HttpResponse<T>> {
  return vendorRequest<T>(http, request, (error) => toMailgunError(error, action, domain));
}
