/**
 * Port: per-credential rate limits shared by every run and worker (token buckets). `take`
 * resolves when one request may go; excess work waits, it does not fail.
 *
 * @example
 * await limiter.take('cred_8f2:neverbounce.verifyEmail', { requests: 10, perMs: 1000 }, signal);
 */
export interface RateLimiter {
  take(key: string, limit: { requests: number; perMs: number }, signal?: AbortSignal): Promise<void>;
}
