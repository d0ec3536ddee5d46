import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks a Mailgun webhook signature (vendor-contracts §8): `hex(HMAC-SHA256(signing key,
 * timestamp + token))` must equal `signature`; stale timestamps and reused tokens are refused.
 * Returns what is wrong, or undefined when the post is authentic.
 *
 * @example
 * verifyMailgunSignature({ signingKey, timestamp, token, signature }); // undefined when valid
 */
export interface MailgunSignedFields {
  signingKey: string;
  timestamp?: string;
  token?: string;
  signature?: string;
  /** Reject posts signed longer ago than this (0: no age check). Default 300. */
  maxAgeSeconds?: number;
  nowMs?: number;
  /** Tokens already seen; a match is a replay. Valid tokens are added. */
  seenTokens?: TokenMemory;
}

/** Remembers webhook tokens for a while, so that a captured post cannot be replayed. */
export class TokenMemory {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 10_000,
  ) {}

  /** True when the token was already used; otherwise records it. */
  checkAndRemember(token: string, nowMs = Date.now()): boolean {
    for (const [key, expiresAt] of this.seen) {
      if (expiresAt > nowMs && this.seen.size <= this.max) break;
      this.seen.delete(key);
    }
    if (this.seen.has(token)) return true;
    this.seen.set(token, nowMs + this.ttlMs);
    return false;
  }
}

export function verifyMailgunSignature(fields: MailgunSignedFields): string | undefined {
  const { signingKey, timestamp, token, signature } = fields;
  if (!signingKey)
    return 'the Mailgun credential has no webhook signing key; copy it from Sending → Webhooks in Mailgun';
  if (!timestamp || !token || !signature)
    return 'the post has no Mailgun signature (signature.timestamp, token and signature are required)';
  const maxAge = fields.maxAgeSeconds ?? 300;
  if (maxAge > 0) {
    const age = Math.abs((fields.nowMs ?? Date.now()) / 1000 - Number(timestamp));
    if (!Number.isFinite(age) || age > maxAge)
      return `the Mailgun signature timestamp is ${Math.round(age)} s away from now, more than ${maxAge} s`;
  }
  const expected = Buffer.from(
    createHmac('sha256', signingKey)
      .update(timestamp + token)
      .digest('hex'),
  );
  const given = Buffer.from(signature.toLowerCase());
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return 'the Mailgun signature does not match: the post was altered or signed with another key';
  }
  if (fields.seenTokens?.checkAndRemember(token, fields.nowMs))
    return 'this Mailgun token was already used: the post is a replay';
  return undefined;
}
