import { createHmac } from 'node:crypto';
import type { WebhookRequest } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { webhook } from '@ainow/nodes/core';

const rawBody = '{"email":"ada@example.com"}';
const request = (headers: Record<string, string>): WebhookRequest => ({
  method: 'POST',
  url: 'http://localhost/webhook/lead',
  path: 'lead',
  headers,
  query: {},
  body: JSON.parse(rawBody),
  rawBody,
});
const sign = (secret: string, encoding: 'hex' | 'base64' = 'hex') =>
  createHmac('sha256', secret).update(rawBody).digest(encoding);
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

const verify = (props: Record<string, unknown>, headers: Record<string, string>) =>
  webhook.webhook!.verify!(request(headers), { props });

describe('core.webhook verify', () => {
  it.each([
    ['no auth', { auth: 'none' }, {}],
    ['header token', { auth: 'headerToken', token: 't0k' }, { 'x-webhook-token': 't0k' }],
    [
      'custom header, any case',
      { auth: 'headerToken', headerName: 'X-Key', token: 't0k' },
      { 'X-KEY': 't0k' },
    ],
    [
      'bearer in Authorization',
      { auth: 'headerToken', headerName: 'Authorization', token: 't0k' },
      { authorization: 'Bearer t0k' },
    ],
    [
      'basic auth',
      { auth: 'basic', username: 'ada', password: 'pw:1' },
      { authorization: basic('ada', 'pw:1') },
    ],
    ['hmac hex', { auth: 'hmac', secret: 's3' }, { 'x-signature-256': sign('s3') }],
    [
      'hmac with sha256= prefix',
      { auth: 'hmac', secret: 's3' },
      { 'x-signature-256': `sha256=${sign('s3')}` },
    ],
    [
      'hmac base64 in a custom header',
      { auth: 'hmac', secret: 's3', signatureHeader: 'X-Sig', signatureEncoding: 'base64' },
      { 'x-sig': sign('s3', 'base64') },
    ],
  ])('accepts %s', async (_name, props, headers) => {
    expect(await verify(props, headers)).toBeUndefined();
  });

  it.each([
    ['a missing token header', { auth: 'headerToken', token: 't0k' }, {}, /missing header X-Webhook-Token/],
    [
      'a wrong token',
      { auth: 'headerToken', token: 't0k' },
      { 'x-webhook-token': 'nope' },
      /does not hold the expected token/,
    ],
    ['an unconfigured token', { auth: 'headerToken' }, { 'x-webhook-token': '' }, /none is configured/],
    [
      'a wrong password',
      { auth: 'basic', username: 'ada', password: 'pw' },
      { authorization: basic('ada', 'x') },
      /wrong/,
    ],
    [
      'no basic header',
      { auth: 'basic', username: 'ada', password: 'pw' },
      {},
      /missing Authorization: Basic/,
    ],
    [
      'a wrong signature',
      { auth: 'hmac', secret: 's3' },
      { 'x-signature-256': sign('other') },
      /does not match/,
    ],
    ['a missing signature', { auth: 'hmac', secret: 's3' }, {}, /missing signature header X-Signature-256/],
  ])('rejects %s', async (_name, props, headers, message) => {
    expect(await verify(props, headers)).toMatch(message);
  });
});

describe('core.webhook', () => {
  it('passes the request item through, paired', async () => {
    const item = {
      json: { body: { email: 'ada@example.com' }, headers: {}, query: {}, params: {}, method: 'POST' },
    };
    const out = await runNode(webhook, { props: { path: 'lead' }, items: [item] });
    expect(out.main).toEqual([{ ...item, pairedItem: { item: 0 } }]);
    expect(webhook.trigger).toEqual({ kind: 'webhook' });
  });

  it.each([
    [{ path: 'lead' }, []],
    [{ path: '' }, [/set a path/]],
    [{ path: 'a b' }, [/may only contain/]],
    [{ path: 'x', auth: 'hmac' }, [/signing secret/]],
    [{ path: 'x', auth: 'basic', username: 'a' }, [/user name and a password/]],
  ])('validates %j', (props, problems) => {
    const found = webhook.validate!(props);
    expect(found).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(found[i]).toMatch(p));
  });
});
