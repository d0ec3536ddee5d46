import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, type ExecutionQuery } from '../api/api';
import type { ExecutionPage } from '../api/records.types';
import { byMode, queryOf, rangeProblem, type ExecutionFilter } from './execution-filter';
import { useLiveRefresh } from './use-live-refresh';

/**
 * Cursor paging over `GET /executions` for a filter: the first page is the newest; "older"
 * follows the server's `nextCursor`, "newer" steps back through the cursors already seen. A new
 * filter starts again at the first page. While a run shown is queued, running or waiting, the page
 * is asked for again every few seconds (not while the browser tab is hidden).
 *
 * @example
 * const pages = useExecutionPages({ status: 'failed', from: '', to: '', mode: '' }, 25);
 * pages.items; pages.older();
 */
export function useExecutionPages(filter: ExecutionFilter, pageSize: number, refreshKey?: unknown) {
  const key = JSON.stringify([filter.workflowId, filter.status, filter.from, filter.to]);
  // cursors[i] opens page i; page 0 has none.
  const [paging, setPaging] = useState<{ key: string; cursors: Array<string | undefined> }>({
    key,
    cursors: [undefined],
  });
  if (paging.key !== key) setPaging({ key, cursors: [undefined] });
  const [result, setResult] = useState<{ at: string; page: ExecutionPage } | null>(null);
  const [failed, setFailed] = useState<{ at: string; message: string } | null>(null);
  const [tick, setTick] = useState(0);
  const cursor = paging.cursors.at(-1);
  const problem = rangeProblem(filter);
  // The request as text: the effect runs again exactly when the request (or a refresh) changes.
  const request = JSON.stringify({ ...queryOf(filter, pageSize), ...(cursor ? { cursor } : {}) });
  const at = `${request}|${tick}`;
  useEffect(() => {
    if (problem) return;
    let live = true;
    api.executions.page(JSON.parse(request) as ExecutionQuery).then(
      (page) => live && setResult({ at, page }),
      (e) => live && setFailed({ at, message: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [request, at, problem, refreshKey]);
  const page = result?.page;
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const items = useMemo(() => byMode(page?.items ?? [], filter.mode), [page, filter.mode]);
  useLiveRefresh(items, reload, `${result?.at}|${failed?.at}`);
  return {
    /** Runs of the page shown, filtered by trigger mode. */
    items,
    /** How many runs the page had before the mode filter. */
    pageCount: page?.items.length ?? 0,
    loading: !problem && result?.at !== at && failed?.at !== at,
    error: problem ?? (failed?.at === at ? failed.message : null),
    pageIndex: paging.cursors.length - 1,
    hasOlder: !!page?.nextCursor && result?.at === at,
    hasNewer: paging.cursors.length > 1,
    older: () => page?.nextCursor && setPaging((p) => ({ ...p, cursors: [...p.cursors, page.nextCursor!] })),
    newer: () => setPaging((p) => ({ ...p, cursors: p.cursors.slice(0, -1) })),
    reload,
  };
}
