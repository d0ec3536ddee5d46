import { HttpError, NodeError } from '@ainow/engine/sdk';
import { retryDelay } from '../../src/runtime/retry';

describe('retryDelay', () => {
  it.each([
    ['fixed', 1, undefined, 1000],
    ['fixed', 3, undefined, 1000],
    ['exponential', 1, undefined, 1000],
    ['exponential', 3, undefined, 4000],
    ['exponential', 1, 2500, 2500],
    ['exponential', 3, 2500, 4000],
    ['exponential', 20, undefined, 300000],
  ] as const)(
    '%s backoff, attempt %i, Retry-After %s ms → waits %i ms',
    (backoff, attempt, retryAfter, expected) => {
      const error =
        retryAfter === undefined
          ? new NodeError('busy', { retryable: true })
          : new HttpError(429, 'slow down', {}, retryAfter);
      expect(retryDelay({ maxAttempts: 30, delayMs: 1000, backoff }, attempt, error)).toBe(expected);
    },
  );
});
