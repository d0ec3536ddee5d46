import { memoryState, runNode } from '@ainow/engine/testing';
import { leadData } from '@ainow/nodes/simulators';
import {
  createNeverBounceSimulator,
  NEVERBOUNCE_SIMULATOR_KEY,
  type NeverBounceSimulator,
  type NeverBounceSimulatorOptions,
} from '@ainow/nodes/simulators/neverbounce';
import {
  accountCredits,
  neverBounceCredential,
  verifyEmail,
  verifyList,
} from '@ainow/nodes/vendors/neverbounce';
import { createTestHttpClient, useSimulator, withRetries, withSimulator } from '../support';

function connect(sim: NeverBounceSimulator, apiKey = NEVERBOUNCE_SIMULATOR_KEY) {
  const credential = { id: 'cred_nb', type: 'neverbounce', values: { apiKey }, baseUrl: sim.url() };
  return { credential, http: createTestHttpClient(neverBounceCredential, credential) };
}
const one = (email: string) => ({ props: { email }, items: [{ json: {} }] });
const fresh = <T>(options: NeverBounceSimulatorOptions, body: (sim: NeverBounceSimulator) => Promise<T>) =>
  withSimulator(createNeverBounceSimulator(options), body);

describe('neverbounce.verifyEmail and accountCredits', () => {
  const sim = useSimulator(() => createNeverBounceSimulator({ credits: 100 }));

  it.each([
    ['valid@example.com', 'valid'],
    ['catchall@example.com', 'catchall'],
    ['someone@mailinator.com', 'disposable'],
    ['not-an-email', 'invalid'],
  ])('verifies %s as %s', async (email, result) => {
    const out = await runNode(verifyEmail, { ...connect(sim()), ...one(email) });
    expect(out.main[0].json).toMatchObject({ email, result, flags: expect.any(Array) });
    expect(sim().requests.at(-1)).toMatchObject({
      method: 'POST',
      body: { email, key: NEVERBOUNCE_SIMULATOR_KEY },
    });
  });

  it('suggests a correction for a misspelled domain', async () => {
    const out = await runNode(verifyEmail, { ...connect(sim()), ...one('ada@gmial.com') });
    expect(out.main[0].json).toMatchObject({ result: 'invalid', suggested_correction: 'ada@gmail.com' });
  });

  it('reads credits, which go down as addresses are checked', async () => {
    const read = async () =>
      (await runNode(accountCredits, { ...connect(sim()), items: [{ json: {} }] })).main[0].json;
    const before = await read();
    await runNode(verifyEmail, { ...connect(sim()), ...one('ada@example.com') });
    expect((await read()).creditsRemaining).toBe(Number(before.creditsRemaining) - 1);
  });

  it.each([
    [verifyEmail, one('ada@example.com')],
    [accountCredits, { items: [{ json: {} }] }],
  ])('turns auth_failure (HTTP 200) into a clear error (%#)', async (node, options) => {
    await expect(runNode(node, { ...connect(sim(), 'secret_wrong'), ...options })).rejects.toMatchObject({
      code: 'auth_failed',
      retryable: false,
      message: expect.stringContaining('NeverBounce rejected the API key'),
    });
  });

  it.each([
    [
      'HTTP 429 with Retry-After',
      { status: 429, headers: { 'Retry-After': '1' }, body: 'Too Many Requests' },
      [1000],
    ],
    ['HTTP 503', { status: 503, body: 'Service Unavailable' }, [10]],
  ])('retries %s and then succeeds', async (_label, failure, expectedWaits) => {
    sim().failNext(failure);
    const { result, waits } = await withRetries(() =>
      runNode(verifyEmail, { ...connect(sim()), ...one('valid@example.com') }),
    );
    expect(waits).toEqual(expectedWaits);
    expect(result.main[0].json.result).toBe('valid');
  });
});

describe('neverbounce errors that need a fresh account', () => {
  it('says when the account has no credits', () =>
    fresh({ credits: 0 }, async (sim) => {
      await expect(
        runNode(verifyEmail, { ...connect(sim), ...one('ada@example.com') }),
      ).rejects.toMatchObject({
        code: 'no_credits',
        retryable: false,
      });
    }));

  it('treats throttle_triggered as retryable and succeeds once the window passes', () =>
    fresh({ rateLimit: { requests: 1, perMs: 500 } }, async (sim) => {
      const check = () => runNode(verifyEmail, { ...connect(sim), ...one('valid@example.com') });
      await check();
      await expect(check()).rejects.toMatchObject({ code: 'rate_limited', retryable: true });
      const { result, attempts } = await withRetries(check, { fallbackDelayMs: 600 });
      expect(result.main[0].json.result).toBe('valid');
      expect(attempts).toBeLessThanOrEqual(2);
    }));
});

describe('neverbounce.verifyList', () => {
  const leads = leadData(500).slice(0, 12);
  const items = leads.map((l) => ({ json: { email: l.email } }));
  const propsPerItem = (extra: Record<string, unknown> = {}) =>
    leads.map((l) => ({ email: l.email, pollIntervalSeconds: 0, maxWaitSeconds: 5, ...extra }));

  it('creates one job, polls until complete, and outputs each item’s result in order', () =>
    fresh({ pollsToComplete: 2 }, async (sim) => {
      const out = await runNode(verifyList, { ...connect(sim), items, propsPerItem: propsPerItem() });
      expect(out.main).toHaveLength(12);
      out.main.forEach((item, i) => {
        expect(item.json).toMatchObject({ email: leads[i].email, result: leads[i].emailStatus });
        expect(item.pairedItem).toEqual({ item: i });
      });
      const ops = sim.requests.map((r) => r.path.split('/').pop());
      expect(ops).toEqual(['create', 'status', 'status', 'results']);
      expect(sim.account.paidCreditsUsed).toBe(12);
    }));

  it('times out with a retryable error, and the retry polls the same job instead of paying again', () =>
    fresh({ pollsToComplete: 4 }, async (sim) => {
      const state = memoryState();
      const options = {
        ...connect(sim),
        items,
        state,
        propsPerItem: propsPerItem({ maxWaitSeconds: 1, pollIntervalSeconds: 0.4 }),
      };
      await expect(runNode(verifyList, options)).rejects.toMatchObject({ code: 'timeout', retryable: true });
      const out = await runNode(verifyList, { ...options, propsPerItem: propsPerItem() });
      expect(out.main).toHaveLength(12);
      expect(sim.requests.filter((r) => r.path.endsWith('/jobs/create'))).toHaveLength(1);
      expect(sim.account.paidCreditsUsed).toBe(12);
    }));

  it('reports a job that fails for lack of credits', () =>
    fresh({ credits: 5 }, async (sim) => {
      await expect(
        runNode(verifyList, { ...connect(sim), items, propsPerItem: propsPerItem() }),
      ).rejects.toMatchObject({
        code: 'no_credits',
        retryable: false,
        message: expect.stringContaining('Insufficient credits'),
      });
    }));
});
