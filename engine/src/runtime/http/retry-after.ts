/** Reads Retry-After (seconds or an HTTP date) and the common x-ratelimit-reset variants, in ms. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (value) {
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('x-ratelimit-reset-requests') ?? headers.get('ratelimit-reset');
  if (reset) {
    const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(reset);
    if (match) return Number(match[1]) * (match[2] === 'ms' ? 1 : 1000);
  }
  return undefined;
}
