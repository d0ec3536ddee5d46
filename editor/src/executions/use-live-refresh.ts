import { useEffect, useState } from 'react';
import type { RunStatus } from '../api/records.types';
import { LIVE_REFRESH_MS, shouldRefresh } from './live-refresh';

/**
 * Calls `reload` every few seconds while a run shown is queued, running or waiting; stops when
 * none is, and while the page is hidden (it starts again once the page shows).
 *
 * `answer` changes with every answer of the server (a page or an error): the next reload is timed
 * from it, so requests never overlap and a failed one does not stop the refreshing.
 *
 * @example
 * useLiveRefresh(pages.items, pages.reload, answeredAt);
 */
export function useLiveRefresh(
  runs: ReadonlyArray<{ status: RunStatus }>,
  reload: () => void,
  answer: unknown,
  intervalMs = LIVE_REFRESH_MS,
): void {
  const [visibility, setVisibility] = useState<DocumentVisibilityState>(() => document.visibilityState);
  useEffect(() => {
    const onChange = () => setVisibility(document.visibilityState);
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  const active = shouldRefresh(runs, visibility);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(reload, intervalMs);
    return () => clearTimeout(timer);
  }, [active, answer, reload, intervalMs]);
}
