/**
 * How long a vendor asks us to wait, in ms, from the headers of a 429 or 503: `Retry-After`
 * (seconds or an HTTP date), OpenAI's `x-ratelimit-reset-requests` (`1s`, `250ms`), the IETF
 * `ratelimit-reset` (seconds), and `x-ratelimit-reset` as either seconds or an epoch time in
 * seconds (SendGrid).
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (value) {
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset =
    headers.get('x-ratelimit-reset-requests') ??
    headers.get('ratelimit-reset') ??
    headers.get('x-ratelimit-reset');
  const match = reset ? /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(reset.trim()) : null;
  if (!match) return undefined;
  const amount = Number(match[1]);
  if (match[2] === 'ms') return amount;
  // Above a billion it is an epoch time in seconds, not a number of seconds to wait.
  return amount > 1e9 ? Math.max(0, amount * 1000 - now) : amount * 1000;
}
