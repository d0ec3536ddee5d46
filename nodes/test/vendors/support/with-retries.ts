import { isRetryable, retryAfterOf } from '@ainow/engine/sdk';

/**
 * Retries like the runtime will: only retryable errors, waiting `retryAfterMs` when the error
 * carries one (else `fallbackDelayMs`). Records each wait so tests can assert Retry-After was honoured.
 *
 * @example
 * const { result, waits } = await withRetries(() => runNode(node, options), { maxAttempts: 3 });
 */
export interface RetryOutcome<T> {
  result: T;
  waits: number[];
  attempts: number;
}

export async function withRetries<T>(
  attempt: () => Promise<T>,
  options: { maxAttempts?: number; fallbackDelayMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<RetryOutcome<T>> {
  const maxAttempts = options.maxAttempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const waits: number[] = [];
  for (let attempts = 1; ; attempts++) {
    try {
      return { result: await attempt(), waits, attempts };
    } catch (error) {
      if (attempts >= maxAttempts || !isRetryable(error)) throw error;
      const wait = retryAfterOf(error) ?? options.fallbackDelayMs ?? 10;
      waits.push(wait);
      await sleep(wait);
    }
  }
}
