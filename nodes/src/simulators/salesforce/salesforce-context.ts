import type { SimRequest, SimResponse } from '../kit';
import type { SalesforceError, SalesforceStore } from './salesforce-store';

/**
 * What the Salesforce simulator's route files share: the record store, the simulator's own URL,
 * query cursors, and a dispatcher that composite requests use to run sub-requests.
 *
 * @example
 * const route: SfRoute = { method: 'GET', path: '/services/data/:version/limits', handle: (req, ctx) => ({ status: 200 }) };
 */
export interface SfContext {
  store: SalesforceStore;
  url(): string;
  /** Records per query page (Salesforce default 2000; `Sforce-Query-Options: batchSize=` lowers it). */
  queryBatchSize: number;
  cursors: Map<string, { object: string; rows: Array<Record<string, unknown>>; total: number }>;
  nextCursorId(): number;
  dailyUsage(): { used: number; max: number };
  /** Runs a sub-request (composite) through the same routes, without auth or counting. */
  dispatch(method: string, url: string, body: unknown): Promise<SimResponse>;
}

export interface SfRoute {
  method: string;
  path: string;
  handle(request: SimRequest, ctx: SfContext): SimResponse | Promise<SimResponse>;
}

export function sfErrors(status: number, errors: SalesforceError[]): SimResponse {
  return { status, body: errors };
}

export const NOT_FOUND = (): SimResponse =>
  sfErrors(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);

/** `v62.0` → 62; anything else is not a version. */
export function versionNumber(version: string): number | undefined {
  const match = /^v(\d+)\.\d$/.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** The JSON body, also when sent without a JSON content type; `undefined` when unreadable. */
export function jsonBody(request: SimRequest): unknown {
  if (request.body !== undefined && typeof request.body !== 'string') {
    return (request.body as { __invalidJson?: string }).__invalidJson === undefined
      ? request.body
      : undefined;
  }
  const text = request.rawBody.toString('utf8').trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const JSON_PARSER_ERROR = (): SimResponse =>
  sfErrors(400, [
    {
      errorCode: 'JSON_PARSER_ERROR',
      message: 'The request body is not valid JSON: check it and send it again.',
    },
  ]);
