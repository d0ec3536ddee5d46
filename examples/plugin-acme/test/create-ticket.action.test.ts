import { createHttpClient } from '@ainow/engine/runtime';
import type { Item } from '@ainow/engine/sdk';
import { renderTemplate } from '@ainow/engine/template';
import { runNode } from '@ainow/engine/testing';
import { acmeCredential } from '../src/acme.credential';
import { ACME_SIMULATOR_TOKEN, createAcmeSimulator, type AcmeSimulator } from '../src/acme.simulator';
import { createTicket } from '../src/create-ticket.action';

/** Runs `Acme: create ticket` through the runtime's own HTTP client against a simulator. */
function ticketRun(sim: AcmeSimulator, props: Record<string, unknown>[], token = ACME_SIMULATOR_TOKEN) {
  const credential = { id: 'cred_acme', type: 'acme', values: { apiToken: token }, baseUrl: sim.url() };
  const http = createHttpClient({
    credential,
    credentialType: acmeCredential,
    signal: new AbortController().signal,
    timeoutMs: 5000,
    tokenCache: { get: () => undefined, set: () => undefined },
  });
  return runNode(createTicket, {
    credential,
    http,
    items: props.map((p) => ({ json: p })),
    propsPerItem: props.map((p) => ({ priority: 'normal', ...p })),
    renderTemplate: (template: string, item: Item) => renderTemplate(template, item),
  });
}

const ada = { subject: 'Payment failed: Initech', requesterEmail: 'ada@initech.com', first_name: 'Ada' };

async function withSim<T>(sim: AcmeSimulator, body: (sim: AcmeSimulator) => Promise<T>): Promise<T> {
  await sim.start();
  try {
    return await body(sim);
  } finally {
    await sim.stop();
  }
}

describe('acme.createTicket against the Acme simulator', () => {
  it('opens one ticket per item with the rendered description, priority and tags', () =>
    withSim(createAcmeSimulator(), async (sim) => {
      const out = await ticketRun(sim, [
        {
          ...ada,
          description: 'Hi {{first_name}}, your card was declined.',
          priority: 'urgent',
          tags: 'billing, churn-risk',
        },
        { subject: 'Question', requesterEmail: 'alan@globex.com' },
      ]);
      expect(out.main.map((i) => i.json)).toEqual([
        expect.objectContaining({
          id: 'tkt_1001',
          description: 'Hi Ada, your card was declined.',
          priority: 'urgent',
          tags: ['billing', 'churn-risk'],
          replayed: false,
        }),
        expect.objectContaining({
          id: 'tkt_1002',
          requesterEmail: 'alan@globex.com',
          priority: 'normal',
          tags: [],
        }),
      ]);
      expect(out.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
      const [first] = sim.requests;
      expect(first.headers.authorization).toBe(`Bearer ${ACME_SIMULATOR_TOKEN}`);
      expect(first.headers['idempotency-key']).toBe('test-run:node:0');
    }));

  it('replays instead of opening a second ticket when a run repeats an item (same idempotency key)', () =>
    withSim(createAcmeSimulator(), async (sim) => {
      await ticketRun(sim, [ada]);
      const again = await ticketRun(sim, [ada]);
      expect(again.main[0].json).toMatchObject({ id: 'tkt_1001', replayed: true });
      expect(sim.tickets).toHaveLength(1);
    }));

  it.each([
    [
      'a wrong token',
      {},
      [ada],
      'bad-token',
      { code: 'auth_failed', retryable: false, message: expect.stringMatching(/401.*Check the credential/) },
    ],
    [
      'invalid fields',
      {},
      [{ ...ada, requesterEmail: 'not-an-email', priority: 'whenever' }],
      ACME_SIMULATOR_TOKEN,
      {
        code: 'invalid_request',
        retryable: false,
        message: expect.stringContaining('requester.email is not an email address; priority must be one of'),
      },
    ],
  ])('maps %s to a clear, non-retryable error', (_, options, props, token, expected) =>
    withSim(createAcmeSimulator(options), (sim) =>
      expect(ticketRun(sim, props, token)).rejects.toMatchObject(expected),
    ),
  );

  it('reports the rate limit as retryable with Acme’s Retry-After', () =>
    withSim(createAcmeSimulator({ rateLimit: { requests: 1, perMs: 60_000 } }), async (sim) => {
      const error = await ticketRun(sim, [ada, { ...ada, subject: 'Second' }]).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'rate_limited', retryable: true });
      expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThanOrEqual(59_000);
      expect(sim.tickets).toHaveLength(1);
    }));

  it('treats a 503 as retryable and succeeds on the next attempt', () =>
    withSim(createAcmeSimulator(), async (sim) => {
      sim.failNext({
        status: 503,
        body: { error: { code: 'unavailable', message: 'Down for maintenance' } },
      });
      await expect(ticketRun(sim, [ada])).rejects.toMatchObject({
        code: 'vendor_unavailable',
        retryable: true,
        message: expect.stringContaining('Down for maintenance'),
      });
      const retried = await ticketRun(sim, [ada]);
      expect(retried.main[0].json).toMatchObject({ id: 'tkt_1001', replayed: false });
    }));
});

describe('acme credential', () => {
  it.each([
    ['accepts', ACME_SIMULATOR_TOKEN],
    ['rejects', 'bad-token'],
  ])('test call %s %s', (verdict, token) =>
    withSim(createAcmeSimulator(), async (sim) => {
      const fetchJson = async (request: { url: string; headers?: Record<string, string> }) => {
        const res = await fetch(sim.url() + request.url, { headers: request.headers });
        if (!res.ok) throw new Error(`Acme answered HTTP ${res.status}`);
        return res.json();
      };
      const test = acmeCredential.test as (values: object, helpers: object) => Promise<void>;
      const outcome = test(
        { apiToken: token },
        { fetchJson, cache: { get() {}, set() {} }, baseUrl: sim.url() },
      );
      if (verdict === 'rejects') await expect(outcome).rejects.toThrow('Acme answered HTTP 401');
      else await expect(outcome).resolves.toBeUndefined();
    }),
  );
});
