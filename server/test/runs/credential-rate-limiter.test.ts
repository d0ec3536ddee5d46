import type { RateLimiter } from '@ainow/engine/runtime';
import { CredentialRateLimiter } from '../../src/runs/adapters/credential-rate-limiter.adapter';

describe('per-credential rate limits', () => {
  const calls: Array<{ key: string; limit: { requests: number; perMs: number } }> = [];
  const inner: RateLimiter = { take: async (key, limit) => void calls.push({ key, limit }) };
  const overrides = new Map([['cred_fast', { requests: 100, perMs: 1000 }]]);
  const limiter = new CredentialRateLimiter(inner, (id) => overrides.get(id));

  it.each([
    ['a credential with its own limit uses it', 'neverbounce:cred_fast', { requests: 100, perMs: 1000 }],
    [
      'other credentials keep the node’s declared limit',
      'neverbounce:cred_other',
      { requests: 10, perMs: 1000 },
    ],
    ['anonymous calls keep the node’s limit', 'core.httpRequest:anonymous', { requests: 10, perMs: 1000 }],
  ])('%s', async (_label, key, expected) => {
    await limiter.take(key, { requests: 10, perMs: 1000 });
    expect(calls.at(-1)).toEqual({ key, limit: expected });
  });
});
