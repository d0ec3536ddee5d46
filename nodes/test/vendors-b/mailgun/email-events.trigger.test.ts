import { createHmac } from 'node:crypto';
import type { ResolvedCredential, WebhookRequest } from '@ainow/engine/sdk';
import { mailgunEmailEvents, TokenMemory, verifyMailgunSignature } from '@ainow/nodes/vendors/mailgun';
import {
  createMailgunSimulator,
  signMailgunWebhook,
  type MailgunSentMessage,
} from '@ainow/nodes/simulators/mailgun';

const sim = createMailgunSimulator({ webhookSigningKey: 'whsk-good' });
const credential: ResolvedCredential = {
  id: 'c',
  type: 'mailgun',
  values: { apiKey: 'k', domain: 'mg.example.com', webhookSigningKey: 'whsk-good' },
};
const message: MailgunSentMessage = {
  id: '<20240101120000.1.ABC@mg.example.com>',
  domain: 'mg.example.com',
  from: 'sales@mg.example.com',
  to: ['ada@example.com'],
  cc: [],
  bcc: [],
  subject: 'Hi',
  tags: ['outreach'],
  variables: { ainow_run_id: 'run_9', ainow_item_index: '2' },
  extra: {},
  testMode: false,
  files: [],
};

function request(body: unknown): WebhookRequest {
  const rawBody = JSON.stringify(body);
  return {
    method: 'POST',
    url: 'https://ainow.test/webhook/mg',
    path: '/webhook/mg',
    headers: { 'content-type': 'application/json' },
    query: {},
    body: JSON.parse(rawBody),
    rawBody,
  };
}
const verify = (body: unknown, props: Record<string, unknown> = {}, cred = credential) =>
  Promise.resolve(
    mailgunEmailEvents.webhook!.verify!(request(body), {
      props: { maxAgeSeconds: 300, ...props },
      credential: cred,
    }),
  );

describe('mailgun.emailEvents signature check', () => {
  it('accepts a post signed with the webhook signing key and gives the event as one item', async () => {
    const body = sim.webhookFor(message, 'delivered');
    await expect(verify(body)).resolves.toBeUndefined();
    const items = mailgunEmailEvents.webhook!.toItems!(request(body), { props: {} });
    expect(items).toHaveLength(1);
    expect(items[0].json).toMatchObject({
      event: 'delivered',
      recipient: 'ada@example.com',
      'user-variables': { ainow_run_id: 'run_9' },
    });
  });

  it.each([
    [
      'a tampered signature',
      () => {
        const body = sim.webhookFor(message, 'opened');
        return {
          ...body,
          signature: {
            ...body.signature,
            signature: body.signature.signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
          },
        };
      },
      /does not match/,
    ],
    [
      'a tampered token',
      () => {
        const body = sim.webhookFor(message, 'opened');
        return { ...body, signature: { ...body.signature, token: `x${body.signature.token}` } };
      },
      /does not match/,
    ],
    ['another key', () => signMailgunWebhook('whsk-other', { event: 'opened' }), /does not match/],
    ['a missing signature', () => ({ 'event-data': { event: 'opened' } }), /has no Mailgun signature/],
    [
      'a stale timestamp',
      () => sim.webhookFor(message, 'clicked', { timestamp: Math.floor(Date.now() / 1000) - 3600 }),
      /more than 300 s/,
    ],
  ])('rejects %s', async (_name, make, text) => {
    await expect(verify(make())).resolves.toMatch(text);
  });

  it('rejects a replayed token, unless replay protection is off', async () => {
    const body = sim.webhookFor(message, 'delivered');
    await expect(verify(body)).resolves.toBeUndefined();
    await expect(verify(body)).resolves.toMatch(/already used/);
    const other = sim.webhookFor(message, 'delivered');
    await expect(verify(other, { rejectReusedTokens: false })).resolves.toBeUndefined();
    await expect(verify(other, { rejectReusedTokens: false })).resolves.toBeUndefined();
  });

  it('says what to do when the credential has no signing key', async () => {
    const noKey = { ...credential, values: { apiKey: 'k', domain: 'd' } };
    await expect(verify(sim.webhookFor(message, 'delivered'), {}, noKey)).resolves.toMatch(
      /no webhook signing key/,
    );
  });

  it('accepts legacy form posts with the fields at top level', async () => {
    const signed = signMailgunWebhook('whsk-good', {});
    const legacy = { ...signed.signature, event: 'delivered', recipient: 'ada@example.com' };
    await expect(verify(legacy)).resolves.toBeUndefined();
  });
});

describe('TokenMemory', () => {
  it('forgets tokens after their time to live', () => {
    const memory = new TokenMemory(1000);
    expect(memory.checkAndRemember('t', 0)).toBe(false);
    expect(memory.checkAndRemember('t', 500)).toBe(true);
    expect(memory.checkAndRemember('t', 5000)).toBe(false);
  });

  it('checks the signature with the documented algorithm (fixed vector)', () => {
    // hex(HMAC-SHA256('key', '1529006854' + 'a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0'))
    const token = 'a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0';
    const signature = createHmac('sha256', 'key').update(`1529006854${token}`).digest('hex');
    expect(
      verifyMailgunSignature({
        signingKey: 'key',
        timestamp: '1529006854',
        token,
        signature,
        maxAgeSeconds: 0,
      }),
    ).toBeUndefined();
    expect(
      verifyMailgunSignature({
        signingKey: 'key',
        timestamp: '1529006855',
        token,
        signature,
        maxAgeSeconds: 0,
      }),
    ).toMatch(/does not match/);
  });
});
