import { HttpError, type HttpClient, type HttpRequest, type HttpResponse } from '@ainow/engine/sdk';
import { failureMaker, rateLimitMessage, serverErrorMessage, vendorRequest } from '../shared';

/**
 * The thin Twilio client: sends through `ctx.http` and turns Twilio's error bodies
 * (`{ code, message, more_info, status }`, vendor-contracts §9.1) into messages a person can act
 * on; retryable only for 429 and 5xx.
 *
 * @example
 * await twilioRequest(ctx.http, { method: 'POST', url: messagesPath(sid), body, bodyType: 'form' }, 'send the SMS');
 */
interface TwilioErrorBody {
  code?: number;
  message?: string;
  more_info?: string;
}

export function accountPath(accountSid: string): string {
  return `/2010-04-01/Accounts/${encodeURIComponent(accountSid)}`;
}

const FIELD_CODES: Record<number, string> = {
  21211: 'To',
  21604: 'To',
  21614: 'To',
  21608: 'To',
  21603: 'From',
  21606: 'From',
  21659: 'From',
  21701: 'Messaging Service SID',
  21602: 'Body',
  21617: 'Body',
  21609: 'Status callback URL',
};

export function toTwilioError(error: unknown, action: string): unknown {
  if (!(error instanceof HttpError)) return error;
  const { status } = error;
  const body = (typeof error.body === 'object' && error.body !== null ? error.body : {}) as TwilioErrorBody;
  const why = body.message ?? (typeof error.body === 'string' ? error.body : `HTTP ${status}`);
  const ref = body.code
    ? ` (Twilio error ${body.code}, ${body.more_info ?? `https://www.twilio.com/docs/errors/${body.code}`})`
    : '';
  const make = failureMaker(error, why);
  if (status === 401 || body.code === 20003) {
    return make(
      `Twilio rejected the credentials while trying to ${action}: check the Account SID and Auth Token (or API key)${ref}.`,
      'auth_failed',
    );
  }
  if (status === 429 || body.code === 20429)
    return make(rateLimitMessage('Twilio', action, ref), 'rate_limited');
  if (status >= 500) return make(serverErrorMessage('Twilio', status, action), 'vendor_unavailable');
  if (body.code === 21610)
    return make(
      `The recipient replied STOP and is unsubscribed; Twilio will not ${action}${ref}.`,
      'recipient_unsubscribed',
    );
  const field = body.code ? FIELD_CODES[body.code] : undefined;
  if (field) return make(`Twilio › ${field}: ${why}${ref}`, 'invalid_field');
  if (status === 404)
    return make(`Twilio could not find what was asked while trying to ${action}: ${why}${ref}`, 'not_found');
  return make(`Twilio could not ${action} (${status}): ${why}${ref}`, 'invalid_request');
}

export async function twilioRequest<T>(
  http: HttpClient,
  request: HttpRequest,
  action: string,
): Promise<HttpResponse<T>> {
  return vendorRequest<T>(http, request, (error) => toTwilioError(error, action));
}
