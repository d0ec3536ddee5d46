import { randomBytes } from 'node:crypto';
import {
  createSimulator,
  leadData,
  type FakeLead,
  type SimRequest,
  type SimResponse,
  type Simulator,
} from '../kit';
import { bearerToken, bodyObject, createRateWindow, type RateLimit } from '../shared';
import {
  enrichContacts,
  searchContacts,
  zoomInfoError,
  type ZoomInfoUsage,
} from './zoominfo-contacts.routes';
import { accessJwtProblem, checkClientJwt, decodeJwt, issueAccessJwt, type PkiClient } from './zoominfo-jwt';

/**
 * A local stand-in for ZoomInfo's Enterprise API (vendor-contracts.md section 2): `POST /authenticate`
 * issues a one-hour JWT (username/password as JSON or form, or a PKI client JWT), data calls need
 * `Authorization: Bearer <jwt>`, every answer carries `X-RateLimit-*` headers, 429 past the limit.
 *
 * @example
 * const sim = createZoomInfoSimulator({ tokenTtlMs: 2000 });
 * const { url } = await sim.start();
 * const { jwt } = await (await fetch(`${url}/authenticate`, { method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ username: ZOOMINFO_SIMULATOR_USER, password: ZOOMINFO_SIMULATOR_PASSWORD }) })).json();
 */
export const ZOOMINFO_SIMULATOR_USER = 'sim-user@example.com';
export const ZOOMINFO_SIMULATOR_PASSWORD = 'sim-password';

export interface ZoomInfoSimulatorOptions {
  users?: Array<{ username: string; password: string }>;
  pkiClients?: PkiClient[];
  /** Lifetime of issued JWTs (default 60 minutes). */
  tokenTtlMs?: number;
  /** Default 1,500 requests per minute, ZoomInfo's documented limit. */
  rateLimit?: RateLimit;
  /** Enrich records left (default 1,000,000). */
  recordLimit?: number;
  leads?: FakeLead[];
}

export interface ZoomInfoSimulator extends Simulator {
  readonly usage: ZoomInfoUsage;
  /** How many JWTs `/authenticate` issued. */
  readonly tokensIssued: () => number;
}

export function createZoomInfoSimulator(options: ZoomInfoSimulatorOptions = {}): ZoomInfoSimulator {
  const leads = options.leads ?? leadData(500);
  const users = options.users ?? [
    { username: ZOOMINFO_SIMULATOR_USER, password: ZOOMINFO_SIMULATOR_PASSWORD },
  ];
  const secret = randomBytes(16).toString('hex');
  const ttl = options.tokenTtlMs ?? 60 * 60 * 1000;
  const window = createRateWindow(options.rateLimit ?? { requests: 1500, perMs: 60_000 });
  const recordLimit = options.recordLimit ?? 1_000_000;
  const usage: ZoomInfoUsage = { recordLimit, recordsRemaining: recordLimit };
  let issued = 0;

  const limited = (who: string, answer: () => SimResponse): SimResponse => {
    const decision = window.take(who);
    const headers = {
      'X-RateLimit-Limit': String(decision.limit),
      'X-RateLimit-Remaining': String(decision.remaining),
      'X-RateLimit-Reset': String(Math.ceil(decision.resetAt / 1000)),
    };
    if (!decision.allowed) {
      return {
        ...zoomInfoError(429, 'Too Many Requests', 'You have exceeded the rate limit of your plan'),
        headers,
      };
    }
    const response = answer();
    return { ...response, headers: { ...headers, ...response.headers } };
  };

  const authenticate = (request: SimRequest): SimResponse => {
    const bearer = bearerToken(request);
    let username: string | undefined;
    if (bearer) {
      const check = checkClientJwt(bearer, options.pkiClients ?? []);
      if (check.problem) return zoomInfoError(401, 'Unauthorized', check.problem);
      username = check.username;
    } else {
      const body = bodyObject(request) ?? {};
      const user = users.find((u) => u.username === body.username && u.password === body.password);
      if (!user) return zoomInfoError(401, 'Unauthorized', 'Invalid username or password');
      username = user.username;
    }
    return limited(username!, () => {
      issued += 1;
      return { status: 200, body: { jwt: issueAccessJwt(secret, username!, ttl) } };
    });
  };

  const withJwt =
    (handle: (request: SimRequest) => SimResponse) =>
    (request: SimRequest): SimResponse => {
      const token = bearerToken(request);
      if (!token) return zoomInfoError(401, 'Unauthorized', 'Missing Authorization: Bearer <jwt> header');
      const problem = accessJwtProblem(secret, token);
      if (problem) return zoomInfoError(401, 'Unauthorized', problem);
      return limited(String(decodeJwt(token)?.claims.sub), () => handle(request));
    };

  const sim = createSimulator('zoominfo', [
    { method: 'POST', path: '/authenticate', handle: authenticate },
    { method: 'POST', path: '/search/contact', handle: withJwt((r) => searchContacts(leads, r)) },
    { method: 'POST', path: '/enrich/contact', handle: withJwt((r) => enrichContacts(leads, usage, r)) },
  ]);
  return Object.assign(sim, { usage, tokensIssued: () => issued });
}
