import type { RateLimiter } from '@ainow/engine/runtime';

/**
 * Applies a credential's own rate limit, when one is set, instead of the node's declared one.
 * The runtime keys buckets `<credential type>:<credential id>`.
 *
 * @example
 * const limiter = new CredentialRateLimiter(inner, (id) => overrides.get(id));
 */
export class CredentialRateLimiter implements RateLimiter {
  constructor(
    private readonly inner: RateLimiter,
    private readonly overrideOf: (
      credentialId: string,
    ) => { requests: number; perMs: number } | null | undefined,
  ) {}

  take(
    key: string,
    limit: { requests: number; perMs: number },
    signal?: AbortSignal,
    cost?: number,
  ): Promise<void> {
    // Overrides are for requests; token buckets (`<type>:<id>#tokens`) keep the node's limit.
    if (key.includes('#')) return this.inner.take(key, limit, signal, cost);
    const id = key.slice(key.indexOf(':') + 1);
    return this.inner.take(key, this.overrideOf(id) ?? limit, signal, cost);
  }
}
