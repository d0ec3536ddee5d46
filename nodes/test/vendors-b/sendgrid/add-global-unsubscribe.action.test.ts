import { runNode } from '@ainow/engine/testing';
import type { ResolvedCredential } from '@ainow/engine/sdk';
import { sendGridAddGlobalUnsubscribe, sendGridCredential } from '@ainow/nodes/vendors/sendgrid';
import { createSendGridSimulator, type SendGridSimulator } from '@ainow/nodes/simulators/sendgrid';
import { createTestHttp } from '../support/test-http';
import { failure } from '../support/node-harness';

const API_KEY = 'SG.test-key';
let sim: SendGridSimulator;

beforeEach(async () => {
  sim = createSendGridSimulator({ apiKey: API_KEY });
  await sim.start();
});
afterEach(() => sim.stop());

function unsubscribe(emails: string[], apiKey = API_KEY) {
  const credential: ResolvedCredential = {
    id: 'cred_sg',
    type: 'sendgrid',
    values: { apiKey },
    baseUrl: sim.url(),
  };
  return runNode(sendGridAddGlobalUnsubscribe, {
    items: emails.map((email) => ({ json: { email } })),
    propsPerItem: emails.map((email) => ({ email })),
    credential,
    http: createTestHttp(sendGridCredential, credential),
  });
}

describe('sendgrid.addGlobalUnsubscribe against the simulator', () => {
  it('puts each address on the global unsubscribe list, lower-cased, and repeats harmlessly', async () => {
    const out = await unsubscribe(['Ada@Example.com', 'grace@example.com', 'ada@example.com']);
    expect(out.main.map((i) => i.json)).toEqual([
      { email: 'ada@example.com', globallyUnsubscribed: true },
      { email: 'grace@example.com', globallyUnsubscribed: true },
      { email: 'ada@example.com', globallyUnsubscribed: true },
    ]);
    expect([...sim.globalUnsubscribes].sort()).toEqual(['ada@example.com', 'grace@example.com']);
    expect(sim.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v3/asm/suppressions/global',
      body: { recipient_emails: ['ada@example.com'] },
    });
    const lookup = await fetch(`${sim.url()}/v3/asm/suppressions/global/grace@example.com`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(await lookup.json()).toEqual({ recipient_email: 'grace@example.com' });
  });

  it.each([
    ['a wrong API key', ['ada@example.com'], 'SG.wrong', { code: 'auth_failed', retryable: false }],
    ['an address that is not one', ['not-an-email'], API_KEY, { code: 'invalid_props', retryable: false }],
  ])('fails clearly on %s', async (_, emails, apiKey, expected) => {
    expect(await failure(unsubscribe(emails, apiKey))).toMatchObject(expected);
    expect(sim.globalUnsubscribes.size).toBe(0);
  });

  it('leaves a 429 retryable', async () => {
    sim.failNext({
      status: 429,
      headers: { 'retry-after': '2' },
      body: { errors: [{ message: 'too many requests' }] },
    });
    expect(await failure(unsubscribe(['ada@example.com']))).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 2000,
    });
  });
});
