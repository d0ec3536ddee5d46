import { createHmac, randomBytes } from 'node:crypto';

/**
 * Signs Mailgun webhook posts (vendor-contracts §8): `signature = hex(HMAC-SHA256(signing key,
 * timestamp + token))`, sent next to `event-data` in the JSON body.
 *
 * @example
 * const body = signMailgunWebhook('key', { event: 'delivered', recipient: 'ada@example.com' });
 */
export interface MailgunWebhookBody {
  signature: { timestamp: string; token: string; signature: string };
  'event-data': Record<string, unknown>;
}

export function mailgunSignature(signingKey: string, timestamp: string, token: string): string {
  return createHmac('sha256', signingKey)
    .update(timestamp + token)
    .digest('hex');
}

export function signMailgunWebhook(
  signingKey: string,
  eventData: Record<string, unknown>,
  options: { timestamp?: number; token?: string } = {},
): MailgunWebhookBody {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const token = options.token ?? randomBytes(25).toString('hex');
  return {
    signature: { timestamp, token, signature: mailgunSignature(signingKey, timestamp, token) },
    'event-data': eventData,
  };
}
