import { HttpError, type HttpClient, type HttpRequest, type HttpResponse } from '@ainow/engine/sdk';
import { failureMaker, rateLimitMessage, serverErrorMessage, vendorRequest } from '../shared';

/**
 * The thin SendGrid client: sends through `ctx.http` and turns SendGrid's error bodies
 * (`{ errors: [{ message, field }] }`, vendor-contracts §7.1) into messages a person can act on.
 *
 * @example
 * const res = await sendGridRequest(ctx.http, { method: 'POST', url: '/v3/mail/send', body }, 'send the email');
 */
interface SendGridErrorBody {
  errors?: Array<{ message?: string; field?: string | null }>;
}

function details(body: unknown): string {
  const errors = (body as SendGridErrorBody | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0)
    return typeof body === 'string' && body ? body : 'no details';
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : String(e.message))).join('; ');
}

/** Maps an HTTP failure from SendGrid to a NodeError; retryable only for 429 and 5xx. */
export function toSendGridError(error: unknown, action: string): unknown {
  if (!(error instanceof HttpError)) return error;
  const { status, body } = error;
  const why = details(body);
  const make = failureMaker(error, why);
  if (status === 401) {
    return make(
      `SendGrid rejected the API key while trying to ${action} (401: ${why}). Check the key in the SendGrid credential.`,
      'auth_failed',
    );
  }
  if (status === 403) {
    return make(
      `SendGrid refused to ${action} (403: ${why}). Check that the sender is verified and the API key has the needed permission.`,
      'forbidden',
    );
  }
  if (status === 429) return make(rateLimitMessage('SendGrid', action), 'rate_limited');
  if (status >= 500) return make(serverErrorMessage('SendGrid', status, action), 'vendor_unavailable');
  if (status === 413)
    return make(
      `The email is too large for SendGrid (413, the limit is 30 MB); remove attachments or shorten it.`,
      'too_large',
    );
  return make(`SendGrid could not ${action} (${status}): ${why}`, 'invalid_request');
}

export async function sendGridRequest<T>(
  http: HttpClient,
  request: HttpRequest,
  action: string,
): Promise<HttpResponse<T>> {
  return vendorRequest<T>(http, request, (error) => toSendGridError(error, action));
}
