import { createSimulator, type SimRequest, type SimResponse, type Simulator } from '../kit';
import { bearerToken, createRateWindow, type RateLimit } from '../shared';
import { pipedriveRoutes } from './pipedrive.routes';
import { pdError } from './pipedrive-envelope';
import { PipedriveStore, type PdRecord } from './pipedrive-store';

/**
 * A local Pipedrive API (vendor-contracts §12): v2 persons, organizations, deals, stages and
 * search with cursor paging, v1 leads with `start`/`limit` paging, the `{ success, data,
 * additional_data }` envelope, auth by `x-api-token` header, `api_token` query or OAuth Bearer,
 * `x-ratelimit-*` headers on every answer and 429 with `Retry-After` past the 2-second burst
 * window.
 *
 * @example
 * const sim = createPipedriveSimulator({ apiToken: 'tok', rateLimit: { requests: 20, perMs: 2000 } });
 * await sim.start();
 * sim.records('persons');
 */
/** The API token the simulator accepts unless told otherwise. */
export const PIPEDRIVE_SIMULATOR_TOKEN = 'simulator-api-token';

export interface PipedriveSimulatorOptions {
  apiToken?: string;
  /** OAuth access tokens accepted as `Authorization: Bearer`. */
  oauthTokens?: string[];
  /** Burst limit per token (default 80 requests per 2 seconds, the Professional plan). */
  rateLimit?: RateLimit;
  /** POST/PUT/PATCH calls allowed per day (`x-daily-requests-left`; default 10000). */
  dailyWrites?: number;
}

export interface PipedriveSimulator extends Simulator {
  readonly apiToken: string;
  readonly store: PipedriveStore;
  records(entity: 'persons' | 'organizations' | 'deals' | 'leads'): PdRecord[];
  setRateLimit(limit: RateLimit): void;
}

function tokenOf(req: SimRequest): string | undefined {
  return req.headers['x-api-token'] ?? req.query.api_token ?? bearerToken(req);
}

export function createPipedriveSimulator(options: PipedriveSimulatorOptions = {}): PipedriveSimulator {
  const apiToken = options.apiToken ?? PIPEDRIVE_SIMULATOR_TOKEN;
  const oauthTokens = options.oauthTokens ?? [];
  const store = new PipedriveStore();
  let window = createRateWindow(options.rateLimit ?? { requests: 80, perMs: 2000 });
  let writesLeft = options.dailyWrites ?? 10_000;

  const guard =
    (handle: (req: SimRequest) => SimResponse) =>
    (req: SimRequest): SimResponse => {
      const token = tokenOf(req);
      if (!token || (token !== apiToken && !oauthTokens.includes(token))) {
        const res = pdError(401, 'unauthorized access');
        return { ...res, body: { ...(res.body as object), errorCode: 401 } };
      }
      const take = window.take(token);
      const headers: Record<string, string> = {
        'x-ratelimit-limit': String(take.limit),
        'x-ratelimit-remaining': String(take.remaining),
        'x-ratelimit-reset': String(take.retryAfterSeconds),
      };
      if (token === apiToken) headers['x-daily-requests-left'] = String(writesLeft);
      if (!take.allowed) {
        const res = pdError(429, 'Request over limit');
        return {
          status: 429,
          headers: { ...headers, 'retry-after': String(take.retryAfterSeconds) },
          body: { ...(res.body as object), errorCode: 429 },
        };
      }
      if (req.method !== 'GET' && token === apiToken) writesLeft = Math.max(0, writesLeft - 1);
      const res = handle(req);
      return { ...res, headers: { ...headers, ...res.headers } };
    };

  const sim = createSimulator(
    'pipedrive',
    pipedriveRoutes(store).map((route) => ({
      ...route,
      handle: guard((req) => route.handle(req) as SimResponse),
    })),
  );
  return Object.assign(sim, {
    apiToken,
    store,
    records: (entity: 'persons' | 'organizations' | 'deals' | 'leads') => store.all(entity),
    setRateLimit(limit: RateLimit) {
      window = createRateWindow(limit);
    },
  });
}
