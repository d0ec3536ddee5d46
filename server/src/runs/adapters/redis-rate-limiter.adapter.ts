import type { Redis } from 'ioredis';
import type { RateLimiter } from '@ainow/engine/runtime';

/**
 * Token bucket in Redis, shared by every worker (one atomic script per take).
 *
 * KEYS[1]  bucket hash `<prefix>:rl:<key>` with fields `tokens` (float) and `at` (ms)
 * ARGV[1]  capacity: the limit's `requests`
 * ARGV[2]  refill rate in tokens per millisecond (`requests / perMs`)
 * ARGV[3]  now, in milliseconds (Redis TIME is used when ARGV[3] is 0)
 * ARGV[4]  cost: how many tokens to take (default 1; at most the capacity)
 * Returns  0 when the tokens were taken, otherwise the milliseconds to wait before trying again.
 * The key expires after it would have refilled completely, so idle buckets cost nothing.
 */
export const TOKEN_BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local cost = math.min(tonumber(ARGV[4]) or 1, capacity)
if now == 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens >= cost then
  tokens = tokens - cost
else
  wait = math.ceil((cost - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
return wait
`;

/**
 * Per-credential rate limits across processes (queue mode). Excess work waits, it does not fail.
 *
 * @example
 * await new RedisRateLimiter(redis, 'ainow').take('neverbounce:cred_1', { requests: 10, perMs: 1000 });
 */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async take(
    key: string,
    limit: { requests: number; perMs: number },
    signal?: AbortSignal,
    cost = 1,
  ): Promise<void> {
    const rate = limit.requests / limit.perMs;
    for (;;) {
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      const wait = Number(
        await this.redis.eval(
          TOKEN_BUCKET_SCRIPT,
          1,
          `${this.prefix}:rl:${key}`,
          limit.requests,
          rate,
          0,
          cost,
        ),
      );
      if (wait <= 0) return;
      await pause(wait, signal);
    }
  }
}

/** Sleeps `ms`, or rejects as soon as `signal` aborts (also when it already has). */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
