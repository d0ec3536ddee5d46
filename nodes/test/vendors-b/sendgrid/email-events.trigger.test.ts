import type { WebhookRequest } from '@ainow/engine/sdk';
import { sendGridEmailEvents, verifyEventWebhookSignature } from '@ainow/nodes/vendors/sendgrid';
import { createSendGridSimulator } from '@ainow/nodes/simulators/sendgrid';

const sim = createSendGridSimulator();
const other = createSendGridSimulator();
const sent = {
  messageId: 'abc.filterdrecv-sim-0',
  xMessageId: 'abc',
  from: 'sales@acme.test',
  to: ['ada@example.com'],
  content: [],
  categories: ['outreach'],
  customArgs: { ainow_run_id: 'run_7', ainow_item_index: '3' },
  request: {},
};
const events = sim.eventsFor(sent, ['processed', 'delivered', 'open']);

function request(rawBody: string, headers: Record<string, string>): WebhookRequest {
  return {
    method: 'POST',
    url: 'https://ainow.test/webhook/sg',
    path: '/webhook/sg',
    headers,
    query: {},
    body: JSON.parse(rawBody),
    rawBody,
  };
}
const verify = (req: WebhookRequest, props: Record<string, unknown> = {}) =>
  Promise.resolve(
    sendGridEmailEvents.webhook!.verify!(req, { props: { publicKey: sim.eventWebhookPublicKey, ...props } }),
  );

describe('sendgrid.emailEvents signature check', () => {
  const post = sim.signEvents(events);

  it('accepts a post signed with the account key', async () => {
    expect(post.rawBody.endsWith('\r\n')).toBe(true);
    await expect(verify(request(post.rawBody, post.headers))).resolves.toBeUndefined();
  });

  it.each([
    ['a tampered body', () => request(post.rawBody.replace('ada@', 'eve@'), post.headers), /does not match/],
    [
      'a re-serialised body (CRLF dropped)',
      () => request(JSON.stringify(events), post.headers),
      /does not match/,
    ],
    [
      'a tampered timestamp',
      () => request(post.rawBody, { ...post.headers, 'x-twilio-email-event-webhook-timestamp': '1' }),
      /does not match/,
    ],
    [
      'a post signed by another account',
      () => {
        const foreign = other.signEvents(events);
        return request(foreign.rawBody, foreign.headers);
      },
      /does not match/,
    ],
    [
      'a missing signature header',
      () => request(post.rawBody, { 'x-twilio-email-event-webhook-timestamp': '1700000000' }),
      /missing header X-Twilio-Email-Event-Webhook-Signature/,
    ],
    [
      'a missing timestamp header',
      () => request(post.rawBody, { 'x-twilio-email-event-webhook-signature': 'AAAA' }),
      /missing header X-Twilio-Email-Event-Webhook-Timestamp/,
    ],
  ])('rejects %s', async (_name, make, message) => {
    await expect(verify(make())).resolves.toMatch(message);
  });

  it('reads headers whatever their case', async () => {
    const upper = Object.fromEntries(Object.entries(post.headers).map(([k, v]) => [k.toUpperCase(), v]));
    await expect(verify(request(post.rawBody, upper))).resolves.toBeUndefined();
  });

  it('explains a verification key that is not a public key', async () => {
    await expect(verify(request(post.rawBody, post.headers), { publicKey: 'bm90IGEga2V5' })).resolves.toMatch(
      /not a valid SendGrid public key/,
    );
  });

  it('rejects stale posts when an age limit is set', () => {
    const old = sim.signEvents(events, Math.floor(Date.now() / 1000) - 600);
    const base = {
      publicKey: sim.eventWebhookPublicKey,
      rawBody: old.rawBody,
      signature: old.headers['x-twilio-email-event-webhook-signature'],
      timestamp: old.headers['x-twilio-email-event-webhook-timestamp'],
    };
    expect(verifyEventWebhookSignature({ ...base, maxAgeSeconds: 300 })).toMatch(
      /more than the allowed 300 s/,
    );
    expect(verifyEventWebhookSignature({ ...base, maxAgeSeconds: 0 })).toBeUndefined();
  });
});

describe('sendgrid.emailEvents items', () => {
  const post = sim.signEvents(events);

  it('turns the event array into one item per event, custom args at top level', () => {
    const items = sendGridEmailEvents.webhook!.toItems!(request(post.rawBody, post.headers), { props: {} });
    expect(items.map((i) => i.json.event)).toEqual(['processed', 'delivered', 'open']);
    expect(items[1].json).toMatchObject({
      email: 'ada@example.com',
      ainow_run_id: 'run_7',
      ainow_item_index: '3',
      sg_message_id: sent.messageId,
    });
  });

  it('keeps only the chosen event types', () => {
    const items = sendGridEmailEvents.webhook!.toItems!(request(post.rawBody, post.headers), {
      props: { eventTypes: ['open'] },
    });
    expect(items.map((i) => i.json.event)).toEqual(['open']);
  });

  it('parses the raw body when the body was not parsed', () => {
    const req = { ...request(post.rawBody, post.headers), body: post.rawBody };
    expect(sendGridEmailEvents.webhook!.toItems!(req, { props: {} })).toHaveLength(3);
  });
});
