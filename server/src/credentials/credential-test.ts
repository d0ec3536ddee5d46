import { createHttpClient } from '@ainow/engine/runtime';
import type { CredentialType, ResolvedCredential } from '@ainow/engine/sdk';

/**
 * Runs a credential type's `test` (a request that only succeeds with valid credentials) and says
 * in words what happened. Never throws: the answer is `{ ok, message }`.
 *
 * @example
 * await testCredential(type, resolved); // { ok: false, message: 'the vendor answered 401 …' }
 */
export async function testCredential(
  type: CredentialType,
  credential: ResolvedCredential,
): Promise<{ ok: boolean; message: string }> {
  if (!type.test)
    return { ok: true, message: `credential type ${type.name} has no test; the values were saved` };
  const cache = new Map<string, unknown>();
  const http = createHttpClient({
    credential,
    credentialType: type,
    signal: AbortSignal.timeout(15_000),
    timeoutMs: 15_000,
    tokenCache: { get: (k) => cache.get(k), set: (k, v) => void cache.set(k, v) },
  });
  try {
    if (typeof type.test === 'function') {
      await type.test(credential.values, {
        fetchJson: async (request) => (await http.request(request)).body,
        cache: { get: (k) => cache.get(k), set: (k, v) => void cache.set(k, v) },
        baseUrl: credential.baseUrl ?? type.baseUrl?.default ?? '',
      });
    } else {
      await http.request(type.test);
    }
    return { ok: true, message: 'the vendor accepted the credential' };
  } catch (error) {
    return { ok: false, message: `the test call failed: ${(error as Error).message}` };
  }
}
