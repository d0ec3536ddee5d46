import Mailgun from 'mailgun.js';
import { createMailgunSimulator, type MailgunSimulator } from '@ainow/nodes/simulators/mailgun';

/** The official mailgun.js SDK pointed at the simulator with its `url` option (vendor-contracts §8, §15). */
let sim: MailgunSimulator;

beforeEach(async () => {
  sim = createMailgunSimulator({ apiKey: 'key-sdk', domains: ['mg.acme.test'] });
  await sim.start();
});
afterEach(() => sim.stop());

// Node 24's global FormData is enough; the form-data package is not needed.
const client = (key = 'key-sdk') => new Mailgun(FormData).client({ username: 'api', key, url: sim.url() });

describe('mailgun.js against the simulator', () => {
  it('sends a multipart message with repeated fields, tags, variables and an attachment', async () => {
    const result = await client().messages.create('mg.acme.test', {
      from: 'Acme <sales@mg.acme.test>',
      to: ['ada@example.com', 'grace@example.com'],
      subject: 'Hello',
      text: 'Hi there',
      'o:tag': ['outreach', 'q3'],
      'v:ainow_run_id': 'run_1',
      attachment: [{ filename: 'deck.txt', data: Buffer.from('slides') }],
    });
    expect(result).toMatchObject({ status: 200, id: sim.messages[0].id, message: 'Queued. Thank you.' });
    expect(sim.requests[0].headers['content-type']).toContain('multipart/form-data');
    expect(sim.messages[0]).toMatchObject({
      to: ['ada@example.com', 'grace@example.com'],
      tags: ['outreach', 'q3'],
      variables: { ainow_run_id: 'run_1' },
      files: [{ field: 'attachment', filename: 'deck.txt', size: 6 }],
    });
  });

  it('reads the domain', async () => {
    const domain = await client().domains.get('mg.acme.test');
    expect(domain).toMatchObject({ name: 'mg.acme.test', state: 'active' });
  });

  it.each([
    [
      'a wrong key',
      'key-bad',
      'mg.acme.test',
      { from: 'a@mg.acme.test', to: 'b@example.com', text: 'x' },
      401,
    ],
    [
      'an unknown domain',
      'key-sdk',
      'mg.other.test',
      { from: 'a@mg.acme.test', to: 'b@example.com', text: 'x' },
      404,
    ],
    [
      'a missing body',
      'key-sdk',
      'mg.acme.test',
      { from: 'a@mg.acme.test', to: 'b@example.com', subject: 's' },
      400,
    ],
  ])('throws on %s with the status', async (_name, key, domain, data, status) => {
    const error = (await client(key)
      .messages.create(domain, data as never)
      .catch((e: unknown) => e)) as { status: number };
    expect(error.status).toBe(status);
    expect(sim.messages).toHaveLength(0);
  });

  it('throws 429 once the window is used up', async () => {
    sim.setRateLimit({ requests: 1, perMs: 60_000 });
    await client().messages.create('mg.acme.test', {
      from: 'a@mg.acme.test',
      to: 'b@example.com',
      text: 'x',
    });
    const error = (await client()
      .messages.create('mg.acme.test', { from: 'a@mg.acme.test', to: 'b@example.com', text: 'x' })
      .catch((e: unknown) => e)) as { status: number };
    expect(error.status).toBe(429);
  });
});
