import { runNode } from '@ainow/engine/testing';
import { leadData } from '@ainow/nodes/simulators';
import {
  createZeroBounceSimulator,
  ZEROBOUNCE_SIMULATOR_KEY,
  type ZeroBounceSimulator,
  type ZeroBounceSimulatorOptions,
} from '@ainow/nodes/simulators/zerobounce';
import { credits, validateBatch, validateEmail, zeroBounceCredential } from '@ainow/nodes/vendors/zerobounce';
import { createTestHttpClient, useSimulator, withRetries, withSimulator } from '../support';

function connect(sim: ZeroBounceSimulator, apiKey = ZEROBOUNCE_SIMULATOR_KEY) {
  const credential = { id: 'cred_zb', type: 'zerobounce', values: { apiKey }, baseUrl: sim.url() };
  return { credential, http: createTestHttpClient(zeroBounceCredential, credential) };
}
const one = (email: string) => ({ props: { email }, items: [{ json: {} }] });
const fresh = <T>(options: ZeroBounceSimulatorOptions, body: (sim: ZeroBounceSimulator) => Promise<T>) =>
  withSimulator(createZeroBounceSimulator(options), body);

describe('zerobounce.validateEmail and credits', () => {
  const sim = useSimulator(() => createZeroBounceSimulator({ credits: 50 }));

  it.each([
    ['valid@example.com', 'valid', ''],
    ['mailbox_not_found@example.com', 'invalid', 'mailbox_not_found'],
    ['catch_all@example.com', 'catch-all', ''],
    ['toxic@example.com', 'do_not_mail', 'toxic'],
  ])('validates sandbox address %s as %s', async (email, status, subStatus) => {
    const out = await runNode(validateEmail, { ...connect(sim()), ...one(email) });
    expect(out.main[0].json).toMatchObject({
      address: email,
      status,
      sub_status: subStatus,
      mx_found: expect.any(String),
    });
    expect(sim().requests.at(-1)).toMatchObject({
      method: 'GET',
      query: { api_key: ZEROBOUNCE_SIMULATOR_KEY, email },
    });
  });

  it('charges a credit for a real address and reports the balance', async () => {
    const read = async () =>
      (await runNode(credits, { ...connect(sim()), items: [{ json: {} }] })).main[0].json.credits;
    const before = await read();
    await runNode(validateEmail, { ...connect(sim()), ...one(leadData(500)[1].email) });
    expect(await read()).toBe(Number(before) - 1);
  });

  it.each([
    [validateEmail, one('valid@example.com')],
    [credits, { items: [{ json: {} }] }],
  ])('tells a bad key apart from no credits (%#)', async (node, options) => {
    await expect(runNode(node, { ...connect(sim(), 'wrong-key'), ...options })).rejects.toMatchObject({
      code: 'auth_failed',
      retryable: false,
      message: expect.stringContaining('ZeroBounce rejected the API key'),
    });
  });

  it('answers a missing email without calling ZeroBounce', async () => {
    const before = sim().requests.length;
    await expect(runNode(validateEmail, { ...connect(sim()), ...one('  ') })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    expect(sim().requests.length).toBe(before);
  });

  it.each([
    [
      '429 with Retry-After',
      { status: 429, headers: { 'Retry-After': '1' }, body: { error: 'Too many requests' } },
      1000,
    ],
    [
      '429 without Retry-After (documented 1-minute block)',
      { status: 429, body: { error: 'Too many requests' } },
      60_000,
    ],
    ['500', { status: 500, body: { error: 'oops' } }, 10],
  ])('retries a %s, then succeeds', async (_label, failure, wait) => {
    sim().failNext(failure);
    const slept: number[] = [];
    const { result, waits } = await withRetries(
      () => runNode(validateEmail, { ...connect(sim()), ...one('valid@example.com') }),
      {
        sleep: async (ms) => void slept.push(ms),
      },
    );
    expect(waits).toEqual([wait]);
    expect(result.main[0].json.status).toBe('valid');
  });
});

describe('zerobounce.validateBatch', () => {
  const leads = leadData(500).slice(0, 130);

  it('validates 130 items in two requests, in order, with per-address errors', () =>
    fresh({}, async (sim) => {
      const emails = leads.map((l) => l.email);
      emails[7] = '';
      const out = await runNode(validateBatch, {
        ...connect(sim),
        items: emails.map(() => ({ json: {} })),
        propsPerItem: emails.map((email) => ({ email })),
      });
      expect(sim.requests.filter((r) => r.path === '/v2/validatebatch')).toHaveLength(2);
      expect(out.main).toHaveLength(130);
      expect(out.main[0].json).toMatchObject({ address: emails[0], status: expect.any(String) });
      expect(out.main[7].json).toEqual({ address: '', error: 'This item has no email' });
      expect(out.main[129].pairedItem).toEqual({ item: 129 });
    }));

  it('reports running out of credits mid-batch per address', () =>
    fresh({ credits: 1 }, async (sim) => {
      const emails = leads.slice(0, 3).map((l) => l.email);
      const out = await runNode(validateBatch, {
        ...connect(sim),
        items: emails.map(() => ({ json: {} })),
        propsPerItem: emails.map((email) => ({ email })),
      });
      expect(out.main[0].json.status).toBeDefined();
      expect(out.main[2].json).toMatchObject({
        address: emails[2],
        error: expect.stringContaining('ran out of credits'),
      });
    }));

  it('says no_credits (not a bad key) when the account has none left', () =>
    fresh({ credits: 0 }, async (sim) => {
      const out = runNode(validateEmail, { ...connect(sim), ...one(leads[0].email) });
      await expect(out).rejects.toMatchObject({ code: 'no_credits', retryable: false });
    }));

  it('hits the 30-per-minute batch limit as a retryable 429 with the documented 10-minute wait', () =>
    fresh({ rateLimit: { requests: 1, perMs: 60_000 } }, async (sim) => {
      const run = () =>
        runNode(validateBatch, {
          ...connect(sim),
          items: [{ json: {} }],
          propsPerItem: [{ email: 'valid@example.com' }],
        });
      await run();
      await expect(run()).rejects.toMatchObject({
        code: 'rate_limited',
        retryable: true,
        retryAfterMs: 600_000,
      });
    }));
});
