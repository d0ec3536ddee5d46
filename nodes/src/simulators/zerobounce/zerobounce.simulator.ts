import {
  createSimulator,
  leadData,
  type FakeLead,
  type SimRequest,
  type SimResponse,
  type Simulator,
} from '../kit';
import { bodyObject, createRateWindow, type RateLimit, type RateWindow } from '../shared';
import { zeroBounceVerdict } from './zerobounce-verdict';

/**
 * A local stand-in for the ZeroBounce v2 API (vendor-contracts.md section 6): `api_key` as a
 * query or body field, errors as HTTP 200 `{"error": ...}`, `validatebatch` JSON read whatever
 * the Content-Type, `getcredits` as a string (`"-1"` for a bad key), and plain 429s with no
 * rate-limit headers, per endpoint (validate 80,000/10 s, validatebatch 30/min, getcredits 80,000/h).
 *
 * @example
 * const sim = createZeroBounceSimulator({ credits: 5 });
 * const { url } = await sim.start();
 * await fetch(`${url}/v2/validate?api_key=${ZEROBOUNCE_SIMULATOR_KEY}&email=valid@example.com`);
 */
export const ZEROBOUNCE_SIMULATOR_KEY = 'zerobounce-sim-key';
export const ZEROBOUNCE_KEY_OR_CREDITS_ERROR = 'Invalid API Key or your account ran out of credits';

export interface ZeroBounceSimulatorOptions {
  apiKeys?: string[];
  /** Credits to start with (default 10,000). */
  credits?: number;
  /** One limit for every endpoint, instead of ZeroBounce's per-endpoint limits. */
  rateLimit?: RateLimit;
  leads?: FakeLead[];
}

export interface ZeroBounceSimulator extends Simulator {
  readonly account: { credits: number };
}

export function createZeroBounceSimulator(options: ZeroBounceSimulatorOptions = {}): ZeroBounceSimulator {
  const leads = options.leads ?? leadData(500);
  const apiKeys = options.apiKeys ?? [ZEROBOUNCE_SIMULATOR_KEY];
  const account = { credits: options.credits ?? 10_000 };
  const limit = (fallback: RateLimit) => createRateWindow(options.rateLimit ?? fallback);
  const windows = {
    validate: limit({ requests: 80_000, perMs: 10_000 }),
    validatebatch: limit({ requests: 30, perMs: 60_000 }),
    getcredits: limit({ requests: 80_000, perMs: 3_600_000 }),
  };

  const limited = (window: RateWindow, key: string, answer: () => SimResponse): SimResponse =>
    window.take(key).allowed
      ? answer()
      : { status: 429, body: { error: 'Too many requests. Please slow down and try again later.' } };

  const validateOne = (email: string): Record<string, unknown> | { error: string } => {
    const verdict = zeroBounceVerdict(email, leads);
    if (!verdict.free) {
      if (account.credits < 1) return { error: ZEROBOUNCE_KEY_OR_CREDITS_ERROR };
      account.credits -= 1;
    }
    return verdict.body;
  };

  const validate = (request: SimRequest): SimResponse => {
    const { api_key: key = '', email = '' } = request.query;
    if (!apiKeys.includes(key)) return { status: 200, body: { error: ZEROBOUNCE_KEY_OR_CREDITS_ERROR } };
    return limited(windows.validate, key, () => {
      if (!email) return { status: 200, body: { error: 'Missing parameter: email' } };
      return { status: 200, body: validateOne(email) };
    });
  };

  const validateBatch = (request: SimRequest): SimResponse => {
    const body = bodyObject(request) ?? {};
    const key = typeof body.api_key === 'string' ? body.api_key : '';
    const batchError = (error: string): SimResponse => ({
      status: 200,
      body: { email_batch: [], errors: [{ error, email_address: 'all' }] },
    });
    if (!apiKeys.includes(key)) return batchError(ZEROBOUNCE_KEY_OR_CREDITS_ERROR);
    return limited(windows.validatebatch, key, () => {
      const batch = body.email_batch;
      if (!Array.isArray(batch) || batch.length === 0) return batchError('Missing parameter: email_batch');
      if (batch.length > 100) return batchError('email_batch takes at most 100 emails per call');
      const results: unknown[] = [];
      const errors: Array<{ error: string; email_address: string }> = [];
      for (const entry of batch as Array<Record<string, unknown>>) {
        const email = typeof entry?.email_address === 'string' ? entry.email_address : '';
        if (!email) {
          errors.push({ error: 'Missing parameter: email_address', email_address: '' });
          continue;
        }
        const answer = validateOne(email);
        if ('error' in answer) errors.push({ error: String(answer.error), email_address: email });
        else results.push(answer);
      }
      return { status: 200, body: { email_batch: results, errors } };
    });
  };

  const getCredits = (request: SimRequest): SimResponse => {
    const key = request.query.api_key ?? '';
    if (!apiKeys.includes(key)) return { status: 200, body: { Credits: '-1' } };
    return limited(windows.getcredits, key, () => ({
      status: 200,
      body: { Credits: String(account.credits) },
    }));
  };

  const sim = createSimulator('zerobounce', [
    { method: 'GET', path: '/v2/validate', handle: validate },
    { method: 'POST', path: '/v2/validatebatch', handle: validateBatch },
    { method: 'GET', path: '/v2/getcredits', handle: getCredits },
  ]);
  return Object.assign(sim, { account });
}
