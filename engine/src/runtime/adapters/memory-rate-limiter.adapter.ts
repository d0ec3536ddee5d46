import type { RateLimiter } from '../ports/rate-limiter.port';
import { sleep } from '../sleep';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets in memory (embedded mode). A bucket holds `requests` tokens and refills at
 * `requests / perMs`; callers wait for a token rather than fail.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(
    key: string,
    limit: { requests: number; perMs: number },
    signal?: AbortSignal,
    cost = 1,
  ): Promise<void> {
    const rate = limit.requests / limit.perMs;
    const units = Math.min(Math.max(cost, 0), limit.requests);
    for (;;) {
      const now = this.now();
      const bucket = this.buckets.get(key) ?? { tokens: limit.requests, updatedAt: now };
      bucket.tokens = Math.min(limit.requests, bucket.tokens + (now - bucket.updatedAt) * rate);
      bucket.updatedAt = now;
      this.buckets.set(key, bucket);
      if (bucket.tokens >= units) {
        bucket.tokens -= units;
        return;
      }
      await sleep(Math.ceil((units - bucket.tokens) / rate), signal);
    }
  }
}
