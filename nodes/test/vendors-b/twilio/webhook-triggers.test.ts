import { createHash } from 'node:crypto';
import twilio from 'twilio';
import type { ResolvedCredential, WebhookRequest } from '@ainow/engine/sdk';
import {
  expectedTwilioSignature,
  twilioInboundSms,
  twilioMessageStatus,
  verifyTwilioSignature,
} from '@ainow/nodes/vendors/twilio';
import {
  createTwilioSimulator,
  signTwilioRequest,
  type TwilioWebhookPost,
} from '@ainow/nodes/simulators/twilio';

const sim = createTwilioSimulator({ authToken: 'hook-token' });
const credential: ResolvedCredential = {
  id: 'c',
  type: 'twilio',
  values: { accountSid: sim.accountSid, authToken: 'hook-token' },
};
const INBOUND_URL = 'https://ainow.test/webhook/inbound-sms?flow=leads';

function request(post: TwilioWebhookPost, url = post.url): WebhookRequest {
  return {
    method: 'POST',
    url,
    path: new URL(url).pathname,
    headers: post.headers,
    query: {},
    body: { ...post.params },
    rawBody: post.rawBody,
  };
}
const verifyInbound = (req: WebhookRequest, props: Record<string, unknown> = {}, cred = credential) =>
  Promise.resolve(twilioInboundSms.webhook!.verify!(req, { props, credential: cred }));

describe('twilio webhook signatures', () => {
  const post = sim.inbound(INBOUND_URL, {
    from: '+15558675310',
    to: '+15557122661',
    body: 'Yes, Tuesday',
    mediaUrls: ['https://api.twilio.com/media/1'],
  });

  it('accepts a signed inbound SMS and gives one item with its media', async () => {
    await expect(verifyInbound(request(post))).resolves.toBeUndefined();
    const [item] = twilioInboundSms.webhook!.toItems!(request(post), { props: {} });
    expect(item.json).toMatchObject({
      From: '+15558675310',
      Body: 'Yes, Tuesday',
      media: ['https://api.twilio.com/media/1'],
    });
  });

  it.each([
    [
      'a tampered parameter',
      () => request({ ...post, params: { ...post.params, Body: 'No' } }),
      /does not match/,
    ],
    ['a different URL', () => request(post, 'https://ainow.test/webhook/other'), /does not match/],
    [
      'a missing header',
      () => request({ ...post, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      /missing header X-Twilio-Signature/,
    ],
  ])('rejects %s', async (_name, make, text) => {
    await expect(verifyInbound(make())).resolves.toMatch(text);
  });

  it('rejects a post signed with another Auth Token', async () => {
    await expect(
      verifyInbound(request(post), {}, { ...credential, values: { authToken: 'other' } }),
    ).resolves.toMatch(/does not match/);
  });

  it('accepts the URL with or without the default port, like Twilio', async () => {
    const withPort = INBOUND_URL.replace('ainow.test', 'ainow.test:443');
    await expect(verifyInbound(request(post, withPort))).resolves.toBeUndefined();
    const signedWithPort = {
      ...post,
      headers: {
        ...post.headers,
        'x-twilio-signature': signTwilioRequest('hook-token', withPort, post.params),
      },
    };
    await expect(verifyInbound(request(signedWithPort))).resolves.toBeUndefined();
  });

  it('checks against the public URL when a proxy changed the address', async () => {
    const behindProxy = request(post, 'http://10.0.0.5:8080/webhook/inbound-sms?flow=leads');
    await expect(verifyInbound(behindProxy)).resolves.toMatch(/does not match/);
    await expect(
      verifyInbound(behindProxy, { publicUrl: 'https://ainow.test/webhook/inbound-sms' }),
    ).resolves.toBeUndefined();
  });

  it('checks JSON posts through bodySHA256', async () => {
    const rawBody = JSON.stringify({ MessageSid: 'SM1', MessageStatus: 'delivered' });
    const hash = createHash('sha256').update(rawBody).digest('hex');
    const url = `https://ainow.test/webhook/json?bodySHA256=${hash}`;
    const signature = twilio.getExpectedTwilioSignature('hook-token', url, {});
    expect(twilio.validateRequestWithBody('hook-token', signature, url, rawBody)).toBe(true);
    expect(
      verifyTwilioSignature({ authToken: 'hook-token', signature, url, params: {}, rawBody }),
    ).toBeUndefined();
    expect(
      verifyTwilioSignature({ authToken: 'hook-token', signature, url, params: {}, rawBody: `${rawBody} ` }),
    ).toMatch(/bodySHA256/);
  });
});

describe('our signature code agrees with the twilio SDK', () => {
  const cases: Array<[string, string, Record<string, string | string[]>]> = [
    ['no params', 'https://ainow.test/webhook/a', {}],
    [
      'form params',
      'https://ainow.test/webhook/a?x=1',
      { To: '+15557122661', From: '+15558675310', Body: 'Héllo ✓ & more' },
    ],
    [
      'repeated values',
      'https://ainow.test/webhook/b',
      { MediaUrl: ['https://z.test/2', 'https://z.test/1', 'https://z.test/1'], NumMedia: '2' },
    ],
    ['odd port', 'http://localhost:5678/webhook/c', { MessageStatus: 'delivered' }],
  ];

  it.each(cases)('computes the same signature for %s', (_name, url, params) => {
    const sdk = twilio.getExpectedTwilioSignature('tok', url, params);
    expect(expectedTwilioSignature('tok', url, params)).toBe(sdk);
    expect(signTwilioRequest('tok', url, params)).toBe(sdk);
  });

  it.each(cases)('accepts and rejects the same requests for %s', (_name, url, params) => {
    const good = twilio.getExpectedTwilioSignature('tok', url, params);
    expect(twilio.validateRequest('tok', good, url, params)).toBe(true);
    expect(verifyTwilioSignature({ authToken: 'tok', signature: good, url, params })).toBeUndefined();
    const tampered = { ...params, Extra: 'x' };
    expect(twilio.validateRequest('tok', good, url, tampered)).toBe(false);
    expect(verifyTwilioSignature({ authToken: 'tok', signature: good, url, params: tampered })).toMatch(
      /does not match/,
    );
  });
});

describe('twilio.messageStatus', () => {
  it('accepts the signed status callback the simulator posts and filters by status', async () => {
    const live = createTwilioSimulator({ authToken: 'hook-token', accountSid: sim.accountSid });
    await live.start();
    try {
      const callbackUrl = 'https://ainow.test/webhook/sms-status';
      await fetch(`${live.url()}/2010-04-01/Accounts/${live.accountSid}/Messages.json`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${live.accountSid}:hook-token`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({
          To: '+15558675310',
          From: '+15005550006',
          Body: 'Hi',
          StatusCallback: callbackUrl,
        }).toString(),
      });
      const sid = live.messages[0].sid;
      const delivered = live.advance(sid, 'delivered');
      const failed = live.advance(sid, 'undelivered', { errorCode: 30007 });
      const ctx = { props: { statuses: ['undelivered', 'failed'] }, credential };
      await expect(
        Promise.resolve(twilioMessageStatus.webhook!.verify!(request(delivered), ctx)),
      ).resolves.toBeUndefined();
      expect(twilioMessageStatus.webhook!.toItems!(request(delivered), ctx)).toEqual([]);
      const items = twilioMessageStatus.webhook!.toItems!(request(failed), ctx);
      expect(items[0].json).toMatchObject({
        MessageSid: sid,
        MessageStatus: 'undelivered',
        ErrorCode: '30007',
      });
      expect(
        twilio.validateRequest('hook-token', failed.headers['x-twilio-signature'], failed.url, failed.params),
      ).toBe(true);
    } finally {
      await live.stop();
    }
  });
});
