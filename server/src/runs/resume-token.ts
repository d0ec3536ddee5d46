import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

const keys = new WeakMap<Buffer, KeyObject>();

/**
 * The token in a waiting run's resume URL: an HMAC of the run id under the instance's key, so it
 * is the same on every attempt and on every process, and nothing needs storing.
 *
 * @example
 * const url = `${publicUrl}/webhook-waiting/${runId}?token=${resumeToken(key, runId)}`;
 */
export function resumeToken(key: Buffer, runId: string): string {
  let keyObject = keys.get(key);
  if (!keyObject) keys.set(key, (keyObject = createSecretKey(key)));
  return createHmac('sha256', keyObject).update(`resume:${runId}`).digest('base64url').slice(0, 32);
}

export function checkResumeToken(key: Buffer, runId: string, token: string): boolean {
  const expected = Buffer.from(resumeToken(key, runId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
