import { HttpError, type HttpClient, type HttpRequest } from '@ainow/engine/sdk';
import { failureMaker, serverErrorMessage, vendorRequest } from '../shared';

/**
 * The thin Pipedrive client: unwraps the `{ success, data, additional_data }` envelope and turns
 * Pipedrive's `{ success: false, error }` answers into messages a person can act on; retryable
 * only for 429 (with `Retry-After`) and 5xx.
 *
 * @example
 * const { data } = await pipedriveRequest<Person>(ctx.http, { method: 'POST', url: '/api/v2/persons', body }, 'create the person');
 */
export interface Envelope<T> {
  data: T;
  additional_data?: {
    next_cursor?: string | null;
    pagination?: { more_items_in_collection?: boolean; next_start?: number };
  } | null;
}

export function toPipedriveError(error: unknown, action: string): unknown {
  if (!(error instanceof HttpError)) return error;
  const { status } = error;
  const body = (typeof error.body === 'object' && error.body !== null ? error.body : {}) as {
    error?: string;
    error_info?: string;
  };
  const why = body.error ?? (typeof error.body === 'string' && error.body ? error.body : `HTTP ${status}`);
  const make = failureMaker(error, body.error_info);
  if (status === 401)
    return make(
      `Pipedrive rejected the API token while trying to ${action} (${why}). Check the token in the Pipedrive credential.`,
      'auth_failed',
    );
  if (status === 429)
    return make(
      `Pipedrive rate limit reached while trying to ${action}; the step will be retried after the window resets.`,
      'rate_limited',
    );
  if (status >= 500) return make(serverErrorMessage('Pipedrive', status, action), 'vendor_unavailable');
  if (status === 404) return make(`Pipedrive could not ${action}: ${why}.`, 'not_found');
  if (status === 402 || status === 403)
    return make(
      `Pipedrive refused to ${action} (${status}: ${why}); check the plan and the user's permissions.`,
      'forbidden',
    );
  return make(`Pipedrive could not ${action}: ${why}`, 'invalid_field');
}

export async function pipedriveRequest<T>(
  http: HttpClient,
  request: HttpRequest,
  action: string,
): Promise<Envelope<T>> {
  return (await vendorRequest<Envelope<T>>(http, request, (error) => toPipedriveError(error, action))).body;
}

/** Pipedrive ids are numbers (leads: UUIDs); form fields arrive as text. */
export function idOf(value: unknown): number | string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  return /^\d+$/.test(text) ? Number(text) : text;
}
