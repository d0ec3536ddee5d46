/**
 * The NeverBounce simulator's account: credits that verifications use up, and the answers it
 * gives (`credits_info`, `status: success | general_failure`), vendor-contracts.md 5.3.
 */
export interface NeverBounceAccount {
  paidCreditsRemaining: number;
  paidCreditsUsed: number;
}

export function creditsInfo(account: NeverBounceAccount): Record<string, number> {
  return {
    paid_credits_used: account.paidCreditsUsed,
    free_credits_used: 0,
    paid_credits_remaining: account.paidCreditsRemaining,
    free_credits_remaining: 0,
  };
}

/** Uses `count` credits; false (and nothing used) when there are not enough. */
export function spendCredits(account: NeverBounceAccount, count: number): boolean {
  if (account.paidCreditsRemaining < count) return false;
  account.paidCreditsRemaining -= count;
  account.paidCreditsUsed += count;
  return true;
}

export function success(body: Record<string, unknown>, started: number): Record<string, unknown> {
  return { status: 'success', ...body, execution_time: Math.max(1, Date.now() - started) };
}

export function failure(status: string, message: string, started: number): Record<string, unknown> {
  return { status, message, execution_time: Math.max(1, Date.now() - started) };
}

/** NeverBounce's timestamp format, e.g. `2026-03-15 15:29:50`. */
export function nbTime(date = new Date()): string {
  return date.toISOString().replace('T', ' ').slice(0, 19);
}
