import {
  HttpError,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type ResolvedCredential,
} from '@ainow/engine/sdk';
import { failureMaker, serverErrorMessage } from '../shared';
import { RENEW_SESSION_HEADER } from './salesforce-session';

/**
 * The thin Salesforce client: REST paths under `/services/data/vXX.X`, one retry with a fresh
 * session on `INVALID_SESSION_ID` (as Salesforce advises), and Salesforce's JSON-array errors
 * turned into messages a person can act on. Salesforce answers its API limit with 403
 * `REQUEST_LIMIT_EXCEEDED`, not 429; that is not retried, since the limit is per day.
 *
 * @example
 * const res = await salesforceRequest(ctx, { url: dataPath(ctx, '/sobjects/Lead/describe') }, 'describe Lead');
 */
interface SalesforceErrorItem {
  message?: string;
  errorCode?: string;
  fields?: string[];
}

export interface SalesforceCtx {
  http: HttpClient;
  credential?: ResolvedCredential;
}

export function dataPath(ctx: SalesforceCtx, path: string): string {
  const version = String(ctx.credential?.values.apiVersion || '62.0').replace(/^v/, '');
  return `/services/data/v${version}${path.startsWith('/') ? path : `/${path}`}`;
}

function firstError(body: unknown): SalesforceErrorItem {
  const list = Array.isArray(body) ? body : [body];
  return (list.find((e) => e && typeof e === 'object') ?? {}) as SalesforceErrorItem;
}

const FIELD_CODES = new Set([
  'INVALID_FIELD',
  'REQUIRED_FIELD_MISSING',
  'INVALID_EMAIL_ADDRESS',
  'STRING_TOO_LONG',
  'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  'INVALID_FIELD_FOR_INSERT_UPDATE',
  'DUPLICATE_VALUE',
  'DUPLICATES_DETECTED',
  'MALFORMED_QUERY',
  'INVALID_TYPE',
  'JSON_PARSER_ERROR',
]);

export function toSalesforceError(error: unknown, action: string): unknown {
  if (!(error instanceof HttpError)) return error;
  const { status } = error;
  const first = firstError(error.body);
  const code = first.errorCode ?? `HTTP_${status}`;
  const why = `${first.message ?? (typeof error.body === 'string' ? error.body : 'no details')} (${code}${first.fields?.length ? `; fields: ${first.fields.join(', ')}` : ''})`;
  const make = failureMaker(error, why);
  if (status === 401)
    return make(
      `Salesforce did not accept the session while trying to ${action}: ${why}. Test the Salesforce credential.`,
      'auth_failed',
    );
  if (code === 'REQUEST_LIMIT_EXCEEDED') {
    return make(
      `Salesforce API request limit reached while trying to ${action}: ${why}. The org's daily allowance recovers over 24 hours.`,
      'rate_limited',
    );
  }
  if (status === 429)
    return make(
      `Salesforce is throttling requests while trying to ${action}; the step will be retried.`,
      'rate_limited',
    );
  if (status >= 500) return make(serverErrorMessage('Salesforce', status, action), 'vendor_unavailable');
  if (status === 300)
    return make(
      `Salesforce found several records for this external id while trying to ${action}; make the external id unique.`,
      'ambiguous',
    );
  if (FIELD_CODES.has(code)) return make(`Salesforce could not ${action}: ${why}`, 'invalid_field');
  if (status === 404) return make(`Salesforce could not ${action}: ${why}`, 'not_found');
  if (status === 403)
    return make(`Salesforce refused to ${action}: ${why}. Check the run-as user's permissions.`, 'forbidden');
  return make(`Salesforce could not ${action}: ${why}`, 'invalid_request');
}

function sessionExpired(error: unknown): boolean {
  return (
    error instanceof HttpError &&
    error.status === 401 &&
    firstError(error.body).errorCode === 'INVALID_SESSION_ID'
  );
}

export async function salesforceRequest<T>(
  ctx: SalesforceCtx,
  request: HttpRequest,
  action: string,
): Promise<HttpResponse<T>> {
  try {
    try {
      return await ctx.http.request<T>(request);
    } catch (error) {
      if (!sessionExpired(error)) throw error;
      return await ctx.http.request<T>({
        ...request,
        headers: { ...request.headers, [RENEW_SESSION_HEADER]: '1' },
      });
    }
  } catch (error) {
    throw toSalesforceError(error, action);
  }
}
