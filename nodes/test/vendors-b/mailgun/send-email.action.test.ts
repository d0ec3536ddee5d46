import { runNode } from '@ainow/engine/testing';
import type { Item, ResolvedCredential } from '@ainow/engine/sdk';
import { mailgunCredential, mailgunSendEmail } from '@ainow/nodes/vendors/mailgun';
import { createMailgunSimulator, type MailgunSimulator } from '@ainow/nodes/simulators/mailgun';
import { createTestHttp, testCredential } from '../support/test-http';
import { failure, renderTemplate } from '../support/node-harness';

const DOMAIN = 'mg.acme.test';
let sim: MailgunSimulator;
let credential: ResolvedCredential;

beforeEach(async () => {
  sim = createMailgunSimulator({ apiKey: 'key-good', domains: [DOMAIN] });
  await sim.start();
  credential = {
    id: 'cred_mg',
    type: 'mailgun',
    values: { apiKey: 'key-good', domain: DOMAIN },
    baseUrl: sim.url(),
  };
});
afterEach(() => sim.stop());

const leads: Item[] = [
  { json: { email: 'ada@example.com', first_name: 'Ada' } },
  { json: { email: 'grace@example.com', first_name: 'Grace' } },
];
const baseProps = {
  from: 'Acme Sales <sales@mg.acme.test>',
  mode: 'content',
  subject: 'Hi {{first_name}}',
  text: 'Hello {{first_name}}',
  html: '<b>Hello {{first_name}}</b>',
  tags: 'outreach, q3',
  testMode: false,
};

function send(items: Item[], extra: Record<string, unknown> = {}, cred = credential) {
  return runNode(mailgunSendEmail, {
    items,
    propsPerItem: items.map((item) => ({ ...baseProps, to: item.json.email, ...extra })),
    credential: cred,
    http: createTestHttp(mailgunCredential, cred),
    renderTemplate,
  });
}

describe('mailgun.sendEmail against the simulator', () => {
  it('sends one rendered message per item as a form, with run variables', async () => {
    const out = await send(leads);
    expect(sim.messages.map((m) => [m.to, m.subject, m.text, m.html])).toEqual([
      [['ada@example.com'], 'Hi Ada', 'Hello Ada', '<b>Hello Ada</b>'],
      [['grace@example.com'], 'Hi Grace', 'Hello Grace', '<b>Hello Grace</b>'],
    ]);
    expect(sim.messages[1]).toMatchObject({
      tags: ['outreach', 'q3'],
      variables: {
        ainow_run_id: 'test-run',
        ainow_item_index: '1',
        ainow_idempotency_key: 'test-run:node:1',
      },
    });
    expect(sim.requests[0].headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(out.main[0].json).toEqual({
      id: sim.messages[0].id,
      message: 'Queued. Thank you.',
      to: ['ada@example.com'],
      subject: 'Hi Ada',
      domain: DOMAIN,
    });
  });

  it('sends a Mailgun template with the item as t:variables, and test mode', async () => {
    await send([leads[0]], { mode: 'template', template: 'follow-up', subject: '', testMode: true });
    expect(sim.messages[0]).toMatchObject({ template: 'follow-up', testMode: true });
    expect(JSON.parse(sim.messages[0].extra['t:variables'][0])).toEqual(leads[0].json);
  });

  it.each([
    [
      'bad API key',
      () => ({ ...credential, values: { ...credential.values, apiKey: 'key-bad' } }),
      {},
      'auth_failed',
      /rejected the API key/,
    ],
    [
      'unknown domain',
      () => credential,
      { domain: 'mg.other.test' },
      'not_found',
      /does not know the domain "mg.other.test"/,
    ],
    [
      'invalid recipient',
      () => credential,
      { to: 'not-an-address' },
      'invalid_request',
      /to parameter is not a valid address/,
    ],
  ])('maps %s to a clear, non-retryable error', async (_name, cred, extra, code, message) => {
    const error = await failure(send([leads[0]], extra, cred()));
    expect(error).toMatchObject({ code, retryable: false });
    expect(error.message).toMatch(message);
  });

  it.each([
    ['four tags', { tags: 'a,b,c,d' }, /at most 3/],
    ['no body', { text: '', html: '' }, /HTML or plain-text body/],
    ['no template name', { mode: 'template', template: '' }, /Template name/],
  ])('refuses %s before calling Mailgun', async (_name, extra, message) => {
    const error = await failure(send([leads[0]], extra));
    expect(error).toMatchObject({ code: 'invalid_props' });
    expect(error.message).toMatch(message);
    expect(sim.requests).toHaveLength(0);
  });

  it('reports 429 as retryable, then succeeds once the window resets', async () => {
    sim.setRateLimit({ requests: 0, perMs: 60_000 });
    expect(await failure(send([leads[0]]))).toMatchObject({ code: 'rate_limited', retryable: true });
    sim.setRateLimit({ requests: 10, perMs: 60_000 });
    await send([leads[0]]);
    expect(sim.messages).toHaveLength(1);
  });

  it('reports 5xx as retryable and sends once on the retry', async () => {
    sim.failNext({ status: 502, body: 'Bad Gateway' });
    expect(await failure(send([leads[0]]))).toMatchObject({ code: 'vendor_unavailable', retryable: true });
    await send([leads[0]]);
    expect(sim.messages).toHaveLength(1);
  });

  it('tests the credential by reading the domain', async () => {
    await expect(testCredential(mailgunCredential, credential)).resolves.toBeUndefined();
    const wrongDomain = { ...credential, values: { ...credential.values, domain: 'nope.test' } };
    await expect(testCredential(mailgunCredential, wrongDomain)).rejects.toMatchObject({ status: 404 });
  });
});
