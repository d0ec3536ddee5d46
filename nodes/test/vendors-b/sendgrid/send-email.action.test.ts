import { runNode } from '@ainow/engine/testing';
import type { Item, ResolvedCredential } from '@ainow/engine/sdk';
import { sendGridCredential, sendGridSendEmail } from '@ainow/nodes/vendors/sendgrid';
import { createSendGridSimulator, type SendGridSimulator } from '@ainow/nodes/simulators/sendgrid';
import { createTestHttp, testCredential } from '../support/test-http';
import { failure, loadOptions, optionsContext, renderTemplate } from '../support/node-harness';

const API_KEY = 'SG.test-key';
let sim: SendGridSimulator;
let credential: ResolvedCredential;

beforeEach(async () => {
  sim = createSendGridSimulator({ apiKey: API_KEY });
  await sim.start();
  credential = { id: 'cred_sg', type: 'sendgrid', values: { apiKey: API_KEY }, baseUrl: sim.url() };
});
afterEach(() => sim.stop());

const leads: Item[] = [
  { json: { email: 'ada@example.com', first_name: 'Ada', company: 'Northwind' } },
  { json: { email: 'grace@example.com', first_name: 'Grace', company: 'Globex' } },
];
const contentProps = {
  from: 'sales@acme.test',
  fromName: 'Acme Sales',
  mode: 'content',
  subject: 'Quick question, {{first_name}}',
  html: '<p>Hi {{first_name}}, how is {{company}}?</p>',
  text: 'Hi {{first_name}}',
  categories: 'outreach, q3',
  customArgs: { campaign: 'q3' },
  sandbox: false,
};
const propsFor = (items: Item[], extra: Record<string, unknown> = {}) =>
  items.map((item) => ({ ...contentProps, to: item.json.email, ...extra }));

function send(items: Item[], extra: Record<string, unknown> = {}, cred = credential) {
  return runNode(sendGridSendEmail, {
    items,
    propsPerItem: propsFor(items, extra),
    credential: cred,
    http: createTestHttp(sendGridCredential, cred),
    renderTemplate,
  });
}

describe('sendgrid.sendEmail against the simulator', () => {
  it('renders subject and bodies per item and sends one email per item', async () => {
    const out = await send(leads);
    expect(sim.messages.map((m) => [m.to[0], m.subject])).toEqual([
      ['ada@example.com', 'Quick question, Ada'],
      ['grace@example.com', 'Quick question, Grace'],
    ]);
    expect(sim.messages[0].content).toEqual([
      { type: 'text/plain', value: 'Hi Ada' },
      { type: 'text/html', value: '<p>Hi Ada, how is Northwind?</p>' },
    ]);
    expect(sim.messages[1].categories).toEqual(['outreach', 'q3']);
    expect(out.main.map((i) => i.json.messageId)).toEqual(sim.messages.map((m) => m.xMessageId));
    expect(out.main[1].json).toMatchObject({
      status: 'accepted',
      to: 'grace@example.com',
      subject: 'Quick question, Grace',
    });
  });

  it('puts run id, item index and idempotency key in custom args, all as strings', async () => {
    await send(leads);
    expect(sim.messages[1].customArgs).toEqual({
      campaign: 'q3',
      ainow_run_id: 'test-run',
      ainow_item_index: '1',
      ainow_idempotency_key: 'test-run:node:1',
    });
    for (const value of Object.values(sim.messages[0].customArgs)) expect(typeof value).toBe('string');
  });

  it('sends a dynamic template with the item as dynamic_template_data', async () => {
    const templateId = sim.templates[0].id;
    await send([leads[0]], {
      mode: 'template',
      templateId,
      subject: undefined,
      html: undefined,
      text: undefined,
    });
    expect(sim.messages[0]).toMatchObject({ templateId, dynamicTemplateData: leads[0].json, content: [] });
  });

  it('uses sandbox mode without sending anything', async () => {
    const out = await send([leads[0]], { sandbox: true });
    expect(out.main[0].json.status).toBe('sandbox');
    expect(sim.messages).toHaveLength(0);
  });

  it('previews the request body for dry runs without calling SendGrid', () => {
    const preview = sendGridSendEmail.preview!(
      {
        props: { ...contentProps, to: 'ada@example.com' },
        itemIndex: 0,
        idempotencyKey: 'r:n:0',
        run: { runId: 'r' },
        renderTemplate: (t: string, item: Item) => renderTemplate(t, item),
      } as never,
      leads[0],
    ) as Item;
    expect(preview.json.wouldSend).toMatchObject({
      subject: 'Quick question, Ada',
      custom_args: { ainow_run_id: 'r' },
    });
    expect(sim.requests).toHaveLength(0);
  });

  it.each([
    [
      'bad API key',
      () => ({ ...credential, values: { apiKey: 'SG.wrong' } }),
      {},
      'auth_failed',
      /rejected the API key/,
    ],
    ['invalid sender', () => credential, { from: 'not-an-email' }, 'invalid_request', /from\.email/],
    [
      'unknown template',
      () => credential,
      { mode: 'template', templateId: 'd-missing' },
      'invalid_request',
      /template_id/,
    ],
  ])('maps %s to a clear, non-retryable error', async (_name, cred, extra, code, message) => {
    const error = await failure(send([leads[0]], extra, cred()));
    expect(error).toMatchObject({ code, retryable: false });
    expect(error.message).toMatch(message);
    expect(sim.messages).toHaveLength(0);
  });

  it.each([
    ['empty subject after rendering', { subject: '{{missing}}' }, /Subject is empty/],
    ['more than 10 categories', { categories: 'a,b,c,d,e,f,g,h,i,j,k' }, /at most 10/],
    ['no body', { html: '', text: '' }, /HTML or plain-text body/],
  ])('refuses %s before calling SendGrid', async (_name, extra, message) => {
    const error = await failure(send([leads[0]], extra));
    expect(error).toMatchObject({ code: 'invalid_props' });
    expect(error.message).toMatch(message);
    expect(sim.requests).toHaveLength(0);
  });

  it('reports 429 as retryable, then succeeds once the window resets', async () => {
    sim.setRateLimit({ requests: 0, perMs: 60_000 });
    const error = await failure(send([leads[0]]));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true });
    sim.setRateLimit({ requests: 10, perMs: 60_000 });
    await send([leads[0]]);
    expect(sim.messages).toHaveLength(1);
  });

  it('reports 5xx as retryable and sends once on the retry', async () => {
    sim.failNext({ status: 503, body: { errors: [{ field: null, message: 'service unavailable' }] } });
    const error = await failure(send([leads[0]]));
    expect(error).toMatchObject({ code: 'vendor_unavailable', retryable: true });
    await send([leads[0]]);
    expect(sim.messages).toHaveLength(1);
  });

  it('lists dynamic templates across pages for the template picker', async () => {
    const many = Array.from({ length: 205 }, (_, i) => ({
      id: `d-${String(i).padStart(32, '0')}`,
      name: `T${i}`,
      subject: 's',
    }));
    const big = createSendGridSimulator({ apiKey: API_KEY, templates: many });
    await big.start();
    try {
      const cred = { ...credential, baseUrl: big.url() };
      const options = await loadOptions(
        sendGridSendEmail,
        'templates',
        optionsContext({}, createTestHttp(sendGridCredential, cred), cred),
      );
      expect(options).toHaveLength(205);
      expect(options[204]).toEqual({ value: many[204].id, label: 'T204' });
      expect(big.requests.filter((r) => r.path === '/v3/templates')).toHaveLength(2);
    } finally {
      await big.stop();
    }
  });

  it('tests the credential', async () => {
    await expect(testCredential(sendGridCredential, credential)).resolves.toBeUndefined();
    await expect(
      testCredential(sendGridCredential, { ...credential, values: { apiKey: 'nope' } }),
    ).rejects.toMatchObject({ status: 401 });
  });
});
