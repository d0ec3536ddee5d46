import {
  createSimulator,
  leadData,
  type FakeLead,
  type SimRequest,
  type SimResponse,
  type Simulator,
} from '../kit';
import { createRateWindow, type RateDecision, type RateLimit } from '../shared';
import { enrichOrganization } from './apollo-organizations.routes';
import { matchPerson, searchPeople, type ApolloCredits } from './apollo-people.routes';

/**
 * A local stand-in for the Apollo.io REST API (vendor-contracts.md section 1): `x-api-key` auth
 * (401 as text/plain), fixed per-minute/hour/day windows with Apollo's `x-*-requests-left`
 * headers on every answer, 429 with `retry-after`, and enrichment credits.
 *
 * @example
 * const sim = createApolloSimulator({ rateLimit: { requests: 5, perMs: 1000 } });
 * const { url } = await sim.start();
 * await fetch(`${url}/api/v1/mixed_people/api_search`, {
 *   method: 'POST', headers: { 'x-api-key': APOLLO_SIMULATOR_KEY, 'content-type': 'application/json' },
 *   body: JSON.stringify({ person_titles: ['VP'], per_page: 25 }),
 * });
 */
export const APOLLO_SIMULATOR_KEY = 'apollo-sim-key';

export interface ApolloSimulatorOptions {
  /** Keys accepted in `x-api-key` (default: `APOLLO_SIMULATOR_KEY`). */
  apiKeys?: string[];
  /** OAuth access tokens accepted as `Authorization: Bearer` (default: none). */
  accessTokens?: string[];
  leads?: FakeLead[];
  /** The per-minute window (default 200 requests per 60 s); hour and day windows are 30× and 100× it. */
  rateLimit?: RateLimit;
  /** Enrichment credits left (default: unlimited). */
  credits?: number;
}

export interface ApolloSimulator extends Simulator {
  /** Enrichment credits left. */
  readonly credits: ApolloCredits;
}

export function createApolloSimulator(options: ApolloSimulatorOptions = {}): ApolloSimulator {
  const leads = options.leads ?? leadData(500);
  const apiKeys = options.apiKeys ?? [APOLLO_SIMULATOR_KEY];
  const minuteLimit = options.rateLimit ?? { requests: 200, perMs: 60_000 };
  const windows = {
    minute: createRateWindow(minuteLimit),
    hourly: createRateWindow({ requests: minuteLimit.requests * 30, perMs: minuteLimit.perMs * 60 }),
    daily: createRateWindow({ requests: minuteLimit.requests * 100, perMs: minuteLimit.perMs * 1440 }),
  };
  const credits: ApolloCredits = { remaining: options.credits ?? Number.POSITIVE_INFINITY };

  const rateHeaders = (d: Record<keyof typeof windows, RateDecision>): Record<string, string> => ({
    'x-rate-limit-minute': String(d.minute.limit),
    'x-minute-requests-left': String(d.minute.remaining),
    'x-minute-usage': String(d.minute.used),
    'x-rate-limit-hourly': String(d.hourly.limit),
    'x-hourly-requests-left': String(d.hourly.remaining),
    'x-hourly-usage': String(d.hourly.used),
    'x-rate-limit-daily': String(d.daily.limit),
    'x-daily-requests-left': String(d.daily.remaining),
    'x-daily-usage': String(d.daily.used),
  });

  const guarded =
    (handle: (request: SimRequest) => SimResponse) =>
    (request: SimRequest): SimResponse => {
      const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const key = request.headers['x-api-key'];
      if (!key && bearer && !(options.accessTokens ?? []).includes(bearer)) {
        return { status: 401, body: { error: 'Invalid access token', error_code: 'INVALID_ACCESS_TOKEN' } };
      }
      if (!bearer && (!key || !apiKeys.includes(key))) {
        return {
          status: 401,
          body: 'Invalid API key. See https://docs.apollo.io/reference/authentication for how to authenticate.',
        };
      }
      const who = key ?? bearer!;
      const minute = windows.minute.take(who);
      if (!minute.allowed) {
        const limit = `${minute.limit} times per minute`;
        return {
          status: 429,
          headers: {
            ...rateHeaders({ minute, hourly: windows.hourly.peek(who), daily: windows.daily.peek(who) }),
            'retry-after': String(minute.retryAfterSeconds),
          },
          body: {
            message: `The maximum number of api calls allowed for ${request.path.slice(1)} is ${limit}. Please upgrade your plan from https://app.apollo.io/#/settings/plans/upgrade.`,
          },
        };
      }
      const decisions = { minute, hourly: windows.hourly.take(who), daily: windows.daily.take(who) };
      const response = handle(request);
      return { ...response, headers: { ...rateHeaders(decisions), ...response.headers } };
    };

  const sim = createSimulator('apollo', [
    {
      method: 'POST',
      path: '/api/v1/mixed_people/api_search',
      handle: guarded((r) => searchPeople(leads, r)),
    },
    { method: 'POST', path: '/api/v1/people/match', handle: guarded((r) => matchPerson(leads, credits, r)) },
    {
      method: 'GET',
      path: '/api/v1/organizations/enrich',
      handle: guarded((r) => enrichOrganization(leads, credits, r)),
    },
    {
      method: 'POST',
      path: '/api/v1/organizations/enrich',
      handle: guarded((r) => enrichOrganization(leads, credits, r)),
    },
  ]);
  return Object.assign(sim, { credits });
}
