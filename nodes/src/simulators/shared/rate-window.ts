/**
 * A fixed-window request counter for vendor simulators: each simulator counts requests per
 * credential and answers 429 (or the vendor's equivalent) once a window is used up.
 *
 * @example
 * const window = createRateWindow({ requests: 2, perMs: 1000 });
 * window.take('key').allowed; // true, true, then false until the window resets
 */
export interface RateLimit {
  requests: number;
  perMs: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  used: number;
  /** Epoch milliseconds when the current window ends. */
  resetAt: number;
  /** Whole seconds until the window ends, at least 1 (what a `Retry-After` header carries). */
  retryAfterSeconds: number;
}

export interface RateWindow {
  take(key: string): RateDecision;
  /** Looks at the window without counting a request. */
  peek(key: string): RateDecision;
}

export function createRateWindow(limit: RateLimit, now: () => number = Date.now): RateWindow {
  const windows = new Map<string, { start: number; used: number }>();
  const current = (key: string) => {
    const t = now();
    let window = windows.get(key);
    if (!window || t >= window.start + limit.perMs) windows.set(key, (window = { start: t, used: 0 }));
    return window;
  };
  const decide = (window: { start: number; used: number }, allowed: boolean): RateDecision => {
    const resetAt = window.start + limit.perMs;
    return {
      allowed,
      limit: limit.requests,
      used: window.used,
      remaining: Math.max(0, limit.requests - window.used),
      resetAt,
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now()) / 1000)),
    };
  };
  return {
    take(key) {
      const window = current(key);
      if (window.used >= limit.requests) return decide(window, false);
      window.used += 1;
      return decide(window, true);
    },
    peek(key) {
      return decide(current(key), true);
    },
  };
}
