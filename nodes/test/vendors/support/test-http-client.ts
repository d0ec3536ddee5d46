import { createHttpClient } from '@ainow/engine/runtime';
import type { CredentialHelpers, CredentialType, HttpClient, ResolvedCredential } from '@ainow/engine/sdk';

/**
 * The runtime's own HTTP client, set up for a vendor node test: relative URLs resolve against the
 * credential's base URL (the simulator), the credential type's `authenticate` is applied with a
 * token cache, and non-2xx answers throw `HttpError` with `retryAfterMs` from `Retry-After`. It
 * does not retry: retries belong to the caller (see `withRetries`), as in the runtime.
 *
 * @example
 * const http = createTestHttpClient(apolloCredential, { id: 'c1', type: 'apollo', values: { apiKey }, baseUrl: sim.url() });
 */
export interface TestHttpClient extends HttpClient {
  readonly cache: Map<string, { value: unknown; expiresAt: number }>;
}

export function createTestHttpClient(type: CredentialType, credential: ResolvedCredential): TestHttpClient {
  const cache = new Map<string, { value: unknown; expiresAt: number }>();
  const tokenCache: CredentialHelpers['cache'] = {
    get: (key) => {
      const hit = cache.get(key);
      return hit && hit.expiresAt > Date.now() ? hit.value : undefined;
    },
    set: (key, value, ttlMs) => cache.set(key, { value, expiresAt: Date.now() + ttlMs }),
  };
  const client = createHttpClient({
    credential,
    credentialType: type,
    signal: new AbortController().signal,
    timeoutMs: 10_000,
    tokenCache,
  });
  return { cache, request: (request) => client.request(request) };
}
