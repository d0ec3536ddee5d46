import { runNode } from '@ainow/engine/testing';
import type { Item, ResolvedCredential } from '@ainow/engine/sdk';
import { twilioCredential, twilioSendSms } from '@ainow/nodes/vendors/twilio';
import { createTwilioSimulator, type TwilioSimulator } from '@ainow/nodes/simulators/twilio';
import { createTestHttp, testCredential } from '../support/test-http';
import { failure, loadOptions, optionsContext, renderTemplate } from '../support/node-harness';

const ACCOUNT = 'AC11111111111111111111111111111111';
const TOKEN = 'token-good';
let sim: TwilioSimulator;
let credential: ResolvedCredential;

beforeEach(async () => {
  sim = createTwilioSimulator({
    accountSid: ACCOUNT,
    authToken: TOKEN,
    apiKeys: { SK22222222222222222222222222222222: 'key-secret' },
    optedOut: ['+15550000099'],
  });
  await sim.start();
  credential = {
    id: 'cred_tw',
    type: 'twilio',
    values: { accountSid: ACCOUNT, authToken: TOKEN },
    baseUrl: sim.url(),
  };
});
afterEach(() => sim.stop());

const leads: Item[] = [
  { json: { phone: '+15558675310', first_name: 'Ada' } },
  { json: { phone: '+15558675311', first_name: 'Grace' } },
];
const baseProps = {
  sender: 'number',
  from: '+15005550006',
  body: 'Hi {{first_name}}, free on Tuesday?',
  statusCallback: 'https://ainow.test/webhook/sms-status',
};

function send(items: Item[], extra: Record<string, unknown> = {}, cred = credential) {
  return runNode(twilioSendSms, {
    items,
    propsPerItem: items.map((item) => ({ ...baseProps, to: item.json.phone, ...extra })),
    credential: cred,
    http: createTestHttp(twilioCredential, cred),
    renderTemplate,
  });
}

describe('twilio.sendSms against the simulator', () => {
  it('sends one rendered SMS per item with the status callback', async () => {
    const out = await send(leads);
    expect(sim.messages.map((m) => [m.to, m.body, m.status])).toEqual([
      ['+15558675310', 'Hi Ada, free on Tuesday?', 'queued'],
      ['+15558675311', 'Hi Grace, free on Tuesday?', 'queued'],
    ]);
    expect(sim.statusCallbacks.get(sim.messages[0].sid)).toBe('https://ainow.test/webhook/sms-status');
    expect(sim.requests[0].body).toMatchObject({ To: '+15558675310', From: '+15005550006' });
    expect(out.main[1].json).toMatchObject({
      sid: sim.messages[1].sid,
      status: 'queued',
      segments: 1,
      from: '+15005550006',
    });
  });

  it('sends through a Messaging Service and with MMS media', async () => {
    await send([leads[0]], {
      sender: 'service',
      messagingServiceSid: 'MG0123456789abcdef0123456789abcdef',
      mediaUrls: 'https://x.test/a.png, https://x.test/b.png',
    });
    expect(sim.messages[0]).toMatchObject({ status: 'accepted', from: null, num_media: '2' });
  });

  it('authenticates with an API key instead of the Auth Token', async () => {
    const withKey = {
      ...credential,
      values: {
        ...credential.values,
        apiKeySid: 'SK22222222222222222222222222222222',
        apiKeySecret: 'key-secret',
        authToken: 'unused',
      },
    };
    await send([leads[0]], {}, withKey);
    expect(sim.messages).toHaveLength(1);
  });

  it.each([
    [
      'a wrong Auth Token',
      () => ({ ...credential, values: { accountSid: ACCOUNT, authToken: 'bad' } }),
      {},
      'auth_failed',
      /check the Account SID and Auth Token.*20003/,
    ],
    [
      'an invalid To number',
      () => credential,
      { to: '555-1234' },
      'invalid_field',
      /^Twilio › To: The 'To' number 555-1234 is not a valid phone number.*21211/,
    ],
    [
      'a From number the account does not own',
      () => credential,
      { from: '+15550001111' },
      'invalid_field',
      /^Twilio › From: .*21606/,
    ],
    [
      'an unsubscribed recipient',
      () => credential,
      { to: '+15550000099' },
      'recipient_unsubscribed',
      /replied STOP/,
    ],
  ])('maps %s to a clear, non-retryable error', async (_name, cred, extra, code, message) => {
    const error = await failure(send([leads[0]], extra, cred()));
    expect(error).toMatchObject({ code, retryable: false });
    expect(error.message).toMatch(message);
    expect(sim.messages).toHaveLength(0);
  });

  it.each([
    ['an empty message', { body: '{{missing}}' }, /Message is empty/],
    ['a message over 1600 characters', { body: 'x'.repeat(1601) }, /1601 characters/],
    ['no From number', { from: '' }, /From number is required/],
  ])('refuses %s before calling Twilio', async (_name, extra, message) => {
    const error = await failure(send([leads[0]], extra));
    expect(error).toMatchObject({ code: 'invalid_props' });
    expect(error.message).toMatch(message);
    expect(sim.requests).toHaveLength(0);
  });

  it('reports 429 (20429) as retryable, then sends once the window resets', async () => {
    sim.setRateLimit({ requests: 0, perMs: 60_000 });
    expect(await failure(send([leads[0]]))).toMatchObject({ code: 'rate_limited', retryable: true });
    sim.setRateLimit({ requests: 10, perMs: 1000 });
    await send([leads[0]]);
    expect(sim.messages).toHaveLength(1);
  });

  it('reports 5xx as retryable and sends once on the retry', async () => {
    sim.failNext({ status: 503, body: { code: 20503, message: 'Service unavailable', status: 503 } });
    expect(await failure(send([leads[0]]))).toMatchObject({ code: 'vendor_unavailable', retryable: true });
    await send([leads[0]]);
    expect(sim.messages).toHaveLength(1);
  });

  it('lists the account phone numbers for the From picker', async () => {
    const options = await loadOptions(
      twilioSendSms,
      'phoneNumbers',
      optionsContext({}, createTestHttp(twilioCredential, credential), credential),
    );
    expect(options.map((o) => o.value)).toEqual(['+15005550006', '+15557122661']);
    expect(options[0].label).toContain('(500) 555-0006');
  });

  it('tests the credential', async () => {
    await expect(testCredential(twilioCredential, credential)).resolves.toBeUndefined();
    await expect(
      testCredential(twilioCredential, { ...credential, values: { accountSid: ACCOUNT, authToken: 'x' } }),
    ).rejects.toMatchObject({ status: 401 });
  });
});
