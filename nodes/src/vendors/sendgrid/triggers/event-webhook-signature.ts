import { verify } from 'node:crypto';

/**
 * Checks a signed SendGrid Event Webhook post (vendor-contracts §7.2): ECDSA P-256 / SHA-256
 * over `timestamp + rawBody`, with the base64 DER public key from Mail Settings → Signed Event
 * Webhook. Returns what is wrong, or undefined when the post is authentic.
 *
 * @example
 * verifyEventWebhookSignature({ publicKey, signature, timestamp, rawBody }); // undefined when valid
 */
export interface SignedPost {
  publicKey: string;
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: string;
  /** Reject posts signed longer ago than this (0 or undefined: no age check). */
  maxAgeSeconds?: number;
  nowMs?: number;
}

export function verifyEventWebhookSignature(post: SignedPost): string | undefined {
  if (!post.signature)
    return 'missing header X-Twilio-Email-Event-Webhook-Signature: is the Signed Event Webhook turned on in SendGrid?';
  if (!post.timestamp) return 'missing header X-Twilio-Email-Event-Webhook-Timestamp';
  if (post.maxAgeSeconds) {
    const age = (post.nowMs ?? Date.now()) / 1000 - Number(post.timestamp);
    if (!Number.isFinite(age) || age > post.maxAgeSeconds) {
      return `the event post was signed ${Math.round(age)} s ago, more than the allowed ${post.maxAgeSeconds} s`;
    }
  }
  let valid: boolean;
  try {
    valid = verify(
      'sha256',
      Buffer.from(post.timestamp + post.rawBody, 'utf8'),
      { key: Buffer.from(post.publicKey.trim(), 'base64'), format: 'der', type: 'spki' },
      Buffer.from(post.signature, 'base64'),
    );
  } catch (error) {
    return `the verification key is not a valid SendGrid public key (${(error as Error).message}); copy it again from Mail Settings → Signed Event Webhook`;
  }
  return valid
    ? undefined
    : 'the SendGrid signature does not match the body: the post was altered or signed with another key';
}
