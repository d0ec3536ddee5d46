import twilio from 'twilio';
import { createTwilioSimulator, type TwilioSimulator } from '@ainow/nodes/simulators/twilio';

/** The official twilio SDK pointed at the simulator through `client.api.baseUrl` (vendor-contracts §9.4, §15). */
const ACCOUNT = 'AC33333333333333333333333333333333';
let sim: TwilioSimulator;

beforeEach(async () => {
  sim = createTwilioSimulator({ accountSid: ACCOUNT, authToken: 'sdk-token' });
  await sim.start();
});
afterEach(() => sim.stop());

function client(token = 'sdk-token') {
  const c = twilio(ACCOUNT, token, { autoRetry: false });
  c.api.baseUrl = sim.url();
  return c;
}

describe('twilio SDK against the simulator', () => {
  it('creates and fetches a message', async () => {
    const created = await client().messages.create({
      to: '+15558675310',
      from: '+15005550006',
      body: 'Hello',
      statusCallback: 'https://ainow.test/s',
    });
    expect(created).toMatchObject({
      sid: sim.messages[0].sid,
      status: 'queued',
      to: '+15558675310',
      numSegments: '1',
      accountSid: ACCOUNT,
    });
    expect(created.dateCreated).toBeInstanceOf(Date);
    const fetched = await client().messages(created.sid).fetch();
    expect(fetched.body).toBe('Hello');
  });

  it('pages through the message list by following next_page_uri', async () => {
    for (let i = 0; i < 5; i++)
      await client().messages.create({ to: `+1555867531${i}`, from: '+15005550006', body: `m${i}` });
    const listed = await client().messages.list({ pageSize: 2 });
    expect(listed.map((m) => m.body)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(sim.requests.filter((r) => r.method === 'GET').length).toBe(3);
  });

  it.each([
    ['a wrong Auth Token', 'bad', { to: '+15558675310', from: '+15005550006', body: 'x' }, 401, 20003],
    ['an invalid To', 'sdk-token', { to: '12', from: '+15005550006', body: 'x' }, 400, 21211],
    ['a missing body', 'sdk-token', { to: '+15558675310', from: '+15005550006' }, 400, 21602],
  ])('throws RestException for %s', async (_name, token, params, status, code) => {
    const error = (await client(token)
      .messages.create(params as never)
      .catch((e: unknown) => e)) as { status: number; code: number; moreInfo: string };
    expect(error).toMatchObject({ status, code, moreInfo: `https://www.twilio.com/docs/errors/${code}` });
  });

  it('throws 429 with code 20429 once the window is used up', async () => {
    sim.setRateLimit({ requests: 1, perMs: 60_000 });
    await client().messages.create({ to: '+15558675310', from: '+15005550006', body: 'x' });
    const error = (await client()
      .messages.create({ to: '+15558675310', from: '+15005550006', body: 'x' })
      .catch((e: unknown) => e)) as { status: number; code: number };
    expect(error).toMatchObject({ status: 429, code: 20429 });
  });
});
