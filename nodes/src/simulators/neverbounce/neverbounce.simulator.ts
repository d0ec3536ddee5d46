import {
  createSimulator,
  leadData,
  type FakeLead,
  type SimRequest,
  type SimResponse,
  type SimRoute,
  type Simulator,
} from '../kit';
import { boolParam, createRateWindow, requestParams, type RateLimit } from '../shared';
import { creditsInfo, failure, spendCredits, success, type NeverBounceAccount } from './neverbounce-account';
import { createNeverBounceJobs } from './neverbounce-jobs.routes';
import { verdictFor } from './neverbounce-verdict';

/**
 * A local stand-in for the NeverBounce v4.x API (vendor-contracts.md section 5). Every endpoint
 * takes GET with query parameters or POST with a JSON/form body (the SDK POSTs everything), the
 * `key` parameter authenticates, and application errors come back as HTTP 200 with
 * `status: auth_failure | general_failure | throttle_triggered`.
 *
 * @example
 * const sim = createNeverBounceSimulator({ credits: 10, pollsToComplete: 2 });
 * const { url } = await sim.start();
 * await fetch(`${url}/v4.2/single/check?key=${NEVERBOUNCE_SIMULATOR_KEY}&email=ada@example.com`);
 */
export const NEVERBOUNCE_SIMULATOR_KEY = 'secret_neverbounce_sim';

export interface NeverBounceSimulatorOptions {
  apiKeys?: string[];
  /** Paid credits to start with (default 1,000). */
  credits?: number;
  /** Status polls a started job takes to complete (default 2). */
  pollsToComplete?: number;
  /** Requests per key before `throttle_triggered` (default 100 per second). */
  rateLimit?: RateLimit;
  leads?: FakeLead[];
}

export interface NeverBounceSimulator extends Simulator {
  readonly account: NeverBounceAccount;
}

const VERSIONS = ['v4', 'v4.1', 'v4.2'];

export function createNeverBounceSimulator(options: NeverBounceSimulatorOptions = {}): NeverBounceSimulator {
  const leads = options.leads ?? leadData(500);
  const apiKeys = options.apiKeys ?? [NEVERBOUNCE_SIMULATOR_KEY];
  const account: NeverBounceAccount = { paidCreditsRemaining: options.credits ?? 1000, paidCreditsUsed: 0 };
  const window = createRateWindow(options.rateLimit ?? { requests: 100, perMs: 1000 });
  const jobs = createNeverBounceJobs(account, leads, options.pollsToComplete ?? 2);

  const singleCheck = (p: Record<string, unknown>, t: number) => {
    if (typeof p.email !== 'string' || p.email === '') {
      return failure('general_failure', "Missing required parameter 'email'", t);
    }
    if (!spendCredits(account, 1)) {
      return failure('general_failure', 'Insufficient credits to complete this request', t);
    }
    const { address_info, ...verdict } = verdictFor(p.email, leads);
    return success(
      {
        ...verdict,
        ...(boolParam(p.address_info) ? { address_info } : {}),
        ...(boolParam(p.credits_info)
          ? { credits_info: { ...creditsInfo(account), paid_credits_used: 1 } }
          : {}),
      },
      t,
    );
  };

  const accountInfo = (_p: Record<string, unknown>, t: number) =>
    success({ billing_type: 'default', credits_info: creditsInfo(account), job_counts: jobs.counts() }, t);

  const endpoint =
    (
      answer: (
        params: Record<string, unknown>,
        started: number,
        request: SimRequest,
      ) => Record<string, unknown>,
    ) =>
    (request: SimRequest): SimResponse => {
      const t = Date.now();
      if (!VERSIONS.includes(request.params.version)) {
        return {
          status: 404,
          body: { status: 'general_failure', message: `Unknown API version '${request.params.version}'` },
        };
      }
      const params = requestParams(request);
      const key = typeof params.key === 'string' ? params.key : '';
      if (!apiKeys.includes(key)) {
        return { status: 200, body: failure('auth_failure', `Invalid API key '${key}'`, t) };
      }
      if (!window.take(key).allowed) {
        return {
          status: 200,
          body: failure(
            'throttle_triggered',
            'Too many requests in a short amount of time, slow down and try again',
            t,
          ),
        };
      }
      return { status: 200, body: answer(params, t, request) };
    };

  const both = (path: string, handle: SimRoute['handle']): SimRoute[] => [
    { method: 'GET', path, handle },
    { method: 'POST', path, handle },
  ];
  const sim = createSimulator('neverbounce', [
    ...both('/:version/single/check', endpoint(singleCheck)),
    ...both('/:version/account/info', endpoint(accountInfo)),
    ...both(
      '/:version/jobs/:operation',
      endpoint((p, t, r) => jobs.handle(r.params.operation, p, t)),
    ),
  ]);
  return Object.assign(sim, { account });
}
