import { createHmac } from 'node:crypto';

/**
 * Signs a webhook request the way Twilio does (vendor-contracts §9.3): the full URL followed by
 * each POST parameter's name and value, names sorted (repeated names: values sorted), then
 * `base64(HMAC-SHA1(authToken, that string))` in `X-Twilio-Signature`.
 *
 * @example
 * signTwilioRequest('token', 'https://ainow.test/webhook/sms', { From: '+1555', Body: 'hi' });
 */
export type TwilioParams = Record<string, string | string[]>;

export function signTwilioRequest(authToken: string, url: string, params: TwilioParams = {}): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    const values = Array.isArray(value) ? [...new Set(value)].sort() : [value];
    for (const v of values) data += name + v;
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** A webhook post Twilio would send: URL, form params and the headers to send with them. */
export interface TwilioWebhookPost {
  url: string;
  params: Record<string, string>;
  rawBody: string;
  headers: Record<string, string>;
}

export function twilioWebhookPost(
  authToken: string,
  url: string,
  params: Record<string, string>,
): TwilioWebhookPost {
  return {
    url,
    params,
    rawBody: new URLSearchParams(params).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': signTwilioRequest(authToken, url, params),
      'i-twilio-idempotency-token': `sim-${Math.random().toString(36).slice(2)}`,
    },
  };
}
