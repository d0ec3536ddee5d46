import { useState } from 'react';
import { navigate } from '../app/router';
import { ExecutionFilters } from '../executions/ExecutionFilters';
import { NO_FILTER, type ExecutionFilter } from '../executions/execution-filter';
import { Pager } from '../executions/Pager';
import { RunActions } from '../executions/RunActions';
import { RunFlags } from '../executions/RunFlags';
import { useExecutionPages } from '../executions/use-execution-pages';
import { useEditor } from '../store/EditorStoreContext';
import { ExecutionStatus, formatDuration } from '../pages/ExecutionStatus';

/** This workflow's runs, filtered and paged; open one read-only on the canvas, stop or retry it. */
export function ExecutionsDrawer({ workflowId, onClose }: { workflowId: string; onClose(): void }) {
  const [filter, setFilter] = useState<ExecutionFilter>({ ...NO_FILTER, workflowId });
  const [actionError, setActionError] = useState<string | null>(null);
  // A run started, stopped or ended on the canvas: reload.
  const lastRun = useEditor((s) => `${s.run.runId ?? ''}:${s.run.status ?? ''}`);
  const pages = useExecutionPages(filter, 20, lastRun);
  const error = actionError ?? pages.error;
  return (
    <aside
      className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white"
      aria-label="Executions"
      data-testid="executions-drawer"
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-[13px] font-semibold">Executions</h2>
        <button type="button" className="btn-ghost ml-auto" aria-label="Close executions" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="border-b border-slate-200 px-3 py-2">
        <ExecutionFilters filter={filter} onChange={setFilter} compact />
      </div>
      {error && (
        <p role="alert" className="m-2 rounded bg-red-50 p-2 text-[12px] text-red-700">
          {error}
        </p>
      )}
      <ul className="flex-1 overflow-y-auto">
        {pages.items.map((e) => (
          <li
            key={e.id}
            className="border-b border-slate-100 px-3 py-2 text-[12px]"
            data-testid="execution-row"
            data-id={e.id}
          >
            <div className="flex items-center justify-between">
              <span>
                <ExecutionStatus status={e.status} />
                <RunFlags run={e} />
              </span>
              <span className="text-slate-500">{formatDuration(e.durationMs)}</span>
            </div>
            <div className="mt-0.5 text-slate-600">
              {new Date(e.startedAt).toLocaleString()} · {e.mode}
            </div>
            <div className="mt-1">
              <RunActions
                run={e}
                onOpen={() => navigate(`/workflows/${workflowId}/executions/${e.id}`)}
                onChanged={() => {
                  setActionError(null);
                  pages.reload();
                }}
                onError={setActionError}
              />
            </div>
          </li>
        ))}
        {pages.items.length === 0 && (
          <li className="p-4 text-[13px] text-slate-500">
            {pages.loading
              ? 'Loading…'
              : pages.pageCount > 0
                ? 'No run on this page matches.'
                : 'No runs yet.'}
          </li>
        )}
      </ul>
      <Pager
        pageIndex={pages.pageIndex}
        hasNewer={pages.hasNewer}
        hasOlder={pages.hasOlder}
        onNewer={pages.newer}
        onOlder={pages.older}
      />
    </aside>
  );
}
