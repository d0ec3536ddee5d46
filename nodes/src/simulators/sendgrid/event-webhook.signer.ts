import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/**
 * Signs Event Webhook posts the way SendGrid does (vendor-contracts §7.2): ECDSA P-256 with
 * SHA-256 over `timestamp + rawBody`, the DER signature base64-encoded in
 * `X-Twilio-Email-Event-Webhook-Signature`, the public key published as base64 DER SPKI.
 *
 * @example
 * const signer = createEventWebhookSigner();
 * const post = signer.sign([{ event: 'delivered', email: 'ada@example.com' }]);
 * // post.rawBody ends with '\r\n'; post.headers carry the signature and timestamp
 */
export interface SignedEventPost {
  rawBody: string;
  headers: Record<string, string>;
}

export interface EventWebhookSigner {
  /** Base64 DER SubjectPublicKeyInfo, as shown under Mail Settings → Signed Event Webhook. */
  readonly publicKey: string;
  sign(events: unknown[], timestamp?: number): SignedEventPost;
}

export const SIGNATURE_HEADER = 'x-twilio-email-event-webhook-signature';
export const TIMESTAMP_HEADER = 'x-twilio-email-event-webhook-timestamp';

export function createEventWebhookSigner(): EventWebhookSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = (publicKey as KeyObject).export({ format: 'der', type: 'spki' }).toString('base64');
  return {
    publicKey: spki,
    sign(events, timestamp = Math.floor(Date.now() / 1000)) {
      // SendGrid appends CRLF to the JSON it posts; the signature covers it.
      const rawBody = `${JSON.stringify(events)}\r\n`;
      const signature = sign('sha256', Buffer.from(`${timestamp}${rawBody}`), privateKey).toString('base64');
      return {
        rawBody,
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signature,
          [TIMESTAMP_HEADER]: String(timestamp),
        },
      };
    },
  };
}
