import type { RunStatus } from '../api/records.types';

/** Statuses a run can still leave on its own: the list shows them changing. */
const ACTIVE: ReadonlySet<RunStatus> = new Set<RunStatus>(['queued', 'running', 'waiting']);

/** How often an executions list asks again while a run it shows is still going. */
export const LIVE_REFRESH_MS = 3000;

/**
 * Whether an executions list should ask the server again soon: some run it shows is queued,
 * running or waiting, and the page is visible (a hidden tab asks nothing).
 *
 * @example
 * shouldRefresh([{ status: 'running' }], 'visible'); // true
 * shouldRefresh([{ status: 'success' }], 'visible'); // false
 */
export function shouldRefresh(
  runs: ReadonlyArray<{ status: RunStatus }>,
  visibility: DocumentVisibilityState,
): boolean {
  return visibility !== 'hidden' && runs.some((r) => ACTIVE.has(r.status));
}
