import { Redis } from 'ioredis';
import { RedisRateLimiter } from '../../src/runs/adapters/redis-rate-limiter.adapter';
import { REDIS_URL } from '../support/test-config';

describe('token buckets in Redis', () => {
  const redis = new Redis(REDIS_URL);
  afterAll(async () => redis.quit());

  it('lets `requests` through at once, then paces the rest across every limiter sharing the key', async () => {
    const prefix = `rl${process.pid}${Date.now()}`;
    const a = new RedisRateLimiter(redis, prefix);
    const b = new RedisRateLimiter(redis, prefix);
    const limit = { requests: 5, perMs: 500 };
    const t0 = Date.now();
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).take('vendor:cred_1', limit).then(() => done.push(Date.now() - t0)),
      ),
    );
    done.sort((x, y) => x - y);
    expect(done.slice(0, 5).every((t) => t < 150)).toBe(true);
    // The next five wait for refills: 5 tokens per 500 ms, so the last one comes after about 500 ms.
    expect(done[9]).toBeGreaterThanOrEqual(400);
    expect(done[9]).toBeLessThan(2000);
  });

  it('keeps separate buckets per key', async () => {
    const limiter = new RedisRateLimiter(redis, `rl${process.pid}k`);
    const t0 = Date.now();
    await Promise.all(['x', 'y', 'z'].map((key) => limiter.take(key, { requests: 1, perMs: 60_000 })));
    expect(Date.now() - t0).toBeLessThan(150);
  });

  it('takes several units at once for costs such as AI tokens', async () => {
    const limiter = new RedisRateLimiter(redis, `rl${process.pid}${Date.now()}t`);
    const limit = { requests: 1000, perMs: 500 };
    const t0 = Date.now();
    await limiter.take('openai:cred#tokens', limit, undefined, 600);
    await limiter.take('openai:cred#tokens', limit, undefined, 300);
    expect(Date.now() - t0).toBeLessThan(150);
    await limiter.take('openai:cred#tokens', limit, undefined, 600);
    // 100 left, 500 more needed at 2 per ms: about 250 ms.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
  });

  it('stops waiting when the run is cancelled', async () => {
    const limiter = new RedisRateLimiter(redis, `rl${process.pid}c`);
    await limiter.take('k', { requests: 1, perMs: 60_000 });
    const abort = new AbortController();
    const pending = limiter.take('k', { requests: 1, perMs: 60_000 }, abort.signal);
    abort.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });
});
