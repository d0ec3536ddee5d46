import { createSimulator, leadData, type SimRequest, type SimResponse, type Simulator } from '../kit';
import { bearerToken } from '../shared';
import { sfErrors, type SfContext, type SfRoute } from './salesforce-context';
import { SalesforceStore, type SfRecord } from './salesforce-store';
import { createSessions, type OAuthOptions } from './oauth-token.route';
import { sobjectRoutes } from './sobject.routes';
import { queryRoutes } from './query.routes';
import { compositeRoutes } from './composite.routes';

/**
 * A local Salesforce org (vendor-contracts §11): the OAuth2 token endpoint (client credentials,
 * password, refresh token) answering with its own `instance_url`, Bearer-checked REST data
 * routes (sObjects, upsert by external id, SOQL with `nextRecordsUrl`, composite), JSON-array
 * errors, `Sforce-Limit-Info` on every answer, and 403 `REQUEST_LIMIT_EXCEEDED` past the daily
 * limit (Salesforce does not answer 429).
 *
 * @example
 * const sim = createSalesforceSimulator({ seedLeads: 4500 });
 * await sim.start();
 * sim.records('Lead').length; // 4500
 */
/** The connected app the simulator accepts unless told otherwise. */
export const SALESFORCE_SIMULATOR_CLIENT_ID = '3MVG9SIMULATORCLIENTID';
export const SALESFORCE_SIMULATOR_CLIENT_SECRET = 'simulator-client-secret';
export const SALESFORCE_SIMULATOR_REFRESH_TOKEN = '5Aep861SIMULATORREFRESH';

export interface SalesforceSimulatorOptions extends Partial<OAuthOptions> {
  /** API requests allowed per day before 403 REQUEST_LIMIT_EXCEEDED (default 15000). */
  dailyLimit?: number;
  /** Largest query page (default 2000, as Salesforce). */
  queryBatchSize?: number;
  /** Leads to create at start, from the shared fake lead data. */
  seedLeads?: number;
}

export interface SalesforceSimulator extends Simulator {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
  readonly store: SalesforceStore;
  records(object: string): SfRecord[];
  /** Access tokens handed out so far. */
  tokensIssued(): number;
  revokeSessions(): void;
  setDailyLimit(limit: number, used?: number): void;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const a = pattern.split('/');
  const b = path.split('/');
  if (a.length !== b.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i].startsWith(':')) params[a[i].slice(1)] = decodeURIComponent(b[i]);
    else if (a[i] !== b[i]) return undefined;
  }
  return params;
}

export function createSalesforceSimulator(options: SalesforceSimulatorOptions = {}): SalesforceSimulator {
  const oauth: OAuthOptions = {
    clientId: options.clientId ?? SALESFORCE_SIMULATOR_CLIENT_ID,
    clientSecret: options.clientSecret ?? SALESFORCE_SIMULATOR_CLIENT_SECRET,
    username: options.username ?? 'ops@acme.example',
    password: options.password ?? 'simulator-password',
    refreshToken: options.refreshToken ?? SALESFORCE_SIMULATOR_REFRESH_TOKEN,
    sessionTtlMs: options.sessionTtlMs ?? 2 * 60 * 60_000,
  };
  const store = new SalesforceStore();
  for (const lead of leadData(options.seedLeads ?? 0)) {
    store.create('Lead', {
      FirstName: lead.firstName,
      LastName: lead.lastName,
      Company: lead.company.name,
      Email: lead.email,
      Title: lead.title,
      City: lead.city,
      Country: lead.country,
      Phone: lead.phone,
    });
  }
  let dailyLimit = options.dailyLimit ?? 15_000;
  let used = 0;
  let cursorId = 0;
  const sessions = createSessions(oauth, () => simulator.url());
  const dataRoutes: SfRoute[] = [...compositeRoutes, ...queryRoutes, ...sobjectRoutes];

  const ctx: SfContext = {
    store,
    url: () => simulator.url(),
    queryBatchSize: options.queryBatchSize ?? 2000,
    cursors: new Map(),
    nextCursorId: () => ++cursorId,
    dailyUsage: () => ({ used, max: dailyLimit }),
    async dispatch(method, url, body) {
      const parsed = new URL(url, 'http://sim');
      for (const route of dataRoutes) {
        const params = matchPath(route.path, parsed.pathname);
        if (!params || route.method !== method.toUpperCase()) continue;
        const raw = Buffer.from(body === undefined ? '' : JSON.stringify(body));
        const request: SimRequest = {
          method,
          path: parsed.pathname,
          params,
          query: Object.fromEntries(parsed.searchParams),
          headers: {},
          body,
          rawBody: raw,
        };
        return route.handle(request, ctx);
      }
      return sfErrors(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    },
  };

  const guarded =
    (route: SfRoute) =>
    async (req: SimRequest): Promise<SimResponse> => {
      const limitInfo = () => ({ 'Sforce-Limit-Info': `api-usage=${used}/${dailyLimit}` });
      if (!sessions.isLive(bearerToken(req))) {
        return {
          status: 401,
          headers: limitInfo(),
          body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }],
        };
      }
      if (used >= dailyLimit) {
        return {
          status: 403,
          headers: limitInfo(),
          body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }],
        };
      }
      used += 1;
      const res = await route.handle(req, ctx);
      return { ...res, headers: { ...limitInfo(), ...res.headers } };
    };

  const simulator = createSimulator('salesforce', [
    { method: 'POST', path: '/services/oauth2/token', handle: (req) => sessions.token(req) },
    ...dataRoutes.map((route) => ({ method: route.method, path: route.path, handle: guarded(route) })),
  ]);

  return Object.assign(simulator, {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    refreshToken: oauth.refreshToken,
    store,
    records: (object: string) => store.all(object),
    tokensIssued: () => sessions.issued,
    revokeSessions: () => sessions.revokeAll(),
    setDailyLimit(limit: number, usedSoFar = 0) {
      dailyLimit = limit;
      used = usedSoFar;
    },
  });
}
