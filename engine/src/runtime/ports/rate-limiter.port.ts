/**
 * Port: per-credential rate limits shared by every run and worker (token buckets). `take`
 * resolves when `cost` units (default 1: one request) may go; excess work waits, it does not
 * fail. A bucket holds `requests` units and refills at `requests / perMs`; a cost above the
 * capacity waits for a full bucket.
 *
 * @example
 * await limiter.take('neverbounce:cred_8f2', { requests: 10, perMs: 1000 }, signal);
 * await limiter.take('openai:cred_1#tokens', { requests: 200_000, perMs: 60_000 }, signal, 1_200);
 */
export interface RateLimiter {
  take(
    key: string,
    limit: { requests: number; perMs: number },
    signal?: AbortSignal,
    cost?: number,
  ): Promise<void>;
}
