import { retryAfterMs } from '../../../src/runtime/http/retry-after';

const now = Date.parse('2026-11-26T10:00:00Z');

describe('retryAfterMs', () => {
  it.each([
    [{ 'retry-after': '3' }, 3000],
    [{ 'retry-after': 'Thu, 26 Nov 2026 10:00:05 GMT' }, 5000],
    [{ 'x-ratelimit-reset-requests': '250ms' }, 250],
    [{ 'x-ratelimit-reset-requests': '2s' }, 2000],
    [{ 'ratelimit-reset': '7' }, 7000],
    [{ 'x-ratelimit-reset': String(now / 1000 + 12) }, 12000],
    [{ 'x-ratelimit-reset': '30' }, 30000],
    [{}, undefined],
    [{ 'retry-after': 'soon' }, undefined],
  ])('%j → %s ms', (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});
