/**
 * Counts failed logins per client address and per email in a sliding window; past the limit,
 * logins are refused with 429 until the window moves on. In memory: each server process keeps its
 * own counts, which bounds guessing per process.
 *
 * @example
 * const limiter = new LoginLimiter(10, 15 * 60_000);
 * if (limiter.retryAfterMs(ip, email) > 0) throw tooMany();
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until another try is allowed (0: allowed now). */
  retryAfterMs(ip: string, email: string): number {
    const now = Date.now();
    let wait = 0;
    for (const key of [`ip:${ip}`, `email:${email.toLowerCase()}`]) {
      const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
      this.failures.set(key, recent);
      if (recent.length >= this.max) wait = Math.max(wait, recent[0] + this.windowMs - now);
    }
    return wait;
  }

  fail(ip: string, email: string): void {
    for (const key of [`ip:${ip}`, `email:${email.toLowerCase()}`]) {
      const list = this.failures.get(key) ?? [];
      list.push(Date.now());
      this.failures.set(key, list);
    }
  }

  succeed(ip: string, email: string): void {
    this.failures.delete(`email:${email.toLowerCase()}`);
    this.failures.delete(`ip:${ip}`);
  }
}
